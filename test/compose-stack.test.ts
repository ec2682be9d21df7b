/**
 * Whole-stack Compose fixtures: the local assistant stack (web, agent, postgres, minio, redis)
 * written insecurely and hardened. The insecure one must give exactly the findings pinned in
 * its expected.json, each on a line that shows the attribute judged; the hardened one must
 * give exactly its (empty) list and nothing at or above high.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scan, loadAll } from '../src/scan.js';
import type { ScanResult } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { loadCatalog } from '../src/engine/catalog.js';
import { atOrAbove } from '../src/findings/types.js';
import type { Finding } from '../src/findings/types.js';
import type { Resource } from '../src/model/resource.js';
import { spanAt } from '../src/model/locations.js';

interface PinnedFinding {
  ruleId: string;
  file: string;
  line: number;
}

interface StackExpectation {
  requiredTags: string[];
  findings: PinnedFinding[];
}

const INSECURE = 'fixtures/compose/insecure';
const HARDENED = 'fixtures/compose/hardened';

/** Compose rules the insecure stack leaves out on purpose, and why. */
const NOT_IN_INSECURE_STACK: Record<string, string> = {
  'PAL-COMPOSE-003': 'host networking would break the service names the stack connects by',
  // The tag family judges labels against a tags: configuration; the stack is scanned without one
  // (their Compose fixtures are in policies/tagging/).
  'PAL-TAG-002': 'needs tags.allowed',
  'PAL-TAG-003': 'needs tags.pattern',
  'PAL-TAG-004': 'needs configured keys',
  'PAL-TAG-005': 'needs configured keys',
};

function expectation(dir: string): StackExpectation {
  return JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as StackExpectation;
}

function pinned(f: Finding): PinnedFinding {
  return { ruleId: f.ruleId, file: f.location?.file ?? '(no location)', line: f.location?.startLine ?? 0 };
}

const order = (a: PinnedFinding, b: PinnedFinding): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId);

async function scanStack(dir: string): Promise<ScanResult> {
  const result = await scan({ paths: [dir], requiredTags: expectation(dir).requiredTags });
  // Errors, and warnings about the policies themselves (a result naming an unknown rule or resource).
  const problems = result.errors.filter((e) => e.level === 'error' || e.file === 'policies');
  assert.deepEqual(problems, [], `${dir}: the stack does not load or evaluate cleanly`);
  assert.deepEqual(
    result.inputs.map((i) => (i.kind === 'compose' ? i.files : i)),
    [[`${dir}/compose.yaml`, ...(dir === INSECURE ? [`${dir}/compose.override.yaml`] : [])]],
    `${dir}: discovered as one Compose project`,
  );
  return result;
}

test('insecure stack: exactly the findings in expected.json', async () => {
  const result = await scanStack(INSECURE);
  const got = result.findings.map(pinned).sort(order);
  const want = [...expectation(INSECURE).findings].sort(order);
  assert.deepEqual(got, want);
});

test('insecure stack: every Compose rule fires at least once, except those left out on purpose', async () => {
  const fired = new Set(expectation(INSECURE).findings.map((f) => f.ruleId));
  const composeRules = loadCatalog().rules.filter((r) => r.sources.includes('compose') && !r.deprecated);
  const missing = composeRules.map((r) => r.id).filter((id) => !fired.has(id) && !(id in NOT_IN_INSECURE_STACK));
  assert.deepEqual(missing, [], 'add one clear instance of each rule to fixtures/compose/insecure');
  for (const id of Object.keys(NOT_IN_INSECURE_STACK)) assert.ok(!fired.has(id), `${id} fires after all: drop it from NOT_IN_INSECURE_STACK`);
});

test('insecure stack: no secret value reaches a finding message', async () => {
  const result = await scanStack(INSECURE);
  // The values written in the stack (and its .env), except `postgres`, which is also a kind of data store.
  const secrets = ['minioadmin', 'Summer24', 'kP4-shared-agent-credential', 'Xr8-vault-Meadow-31', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', '7f3c9e1a-session'];
  for (const f of result.findings) {
    for (const s of secrets) assert.ok(!f.message.includes(s), `${f.ruleId} message shows a secret: ${f.message}`);
  }
});

/**
 * What the line a finding points at must show, given the attribute path the rule returned:
 * the service key when the path is empty or names an attribute the file does not write
 * (`read_only` left out), else the attribute's key or value.
 */
function expectedText(f: Finding, resource: Resource): string | RegExp {
  const recorded = resource.provenance.kind === 'file' && spanAt(resource.provenance.locations, f.path) !== undefined;
  if (!recorded) return new RegExp(`^\\s*${resource.name}:\\s*(#.*)?$`);
  const [, key, item] = f.path.split('.');
  assert.ok(key, `${f.ruleId}: path ${f.path} is not below properties`);
  if (item === undefined) return `${key}:`;
  if (key === 'environment' || key === 'depends_on') return item;
  const value = (resource.properties[key] as unknown[] | undefined)?.[Number(item)];
  switch (key) {
    case 'ports':
      return String((value as { target: number | string }).target);
    case 'volumes':
      return (value as { target: string }).target;
    case 'cap_add':
    case 'security_opt':
      return String(value);
    default:
      assert.fail(`${f.ruleId}: no line check for path ${f.path}`);
  }
}

test('insecure stack: every finding points at a line that shows the attribute', async () => {
  const result = await scanStack(INSECURE);
  const { inputs } = await discover([INSECURE]);
  const { resources } = await loadAll(inputs, nodeIO());
  const byId = new Map(resources.map((r) => [r.id, r]));
  assert.ok(result.findings.length > 0);
  for (const f of result.findings) {
    const loc = f.location;
    assert.ok(loc, `${f.ruleId} on ${f.resource.id} has no location`);
    const lines = readFileSync(loc.file, 'utf8').split('\n');
    assert.ok(loc.startLine >= 1 && loc.startLine <= lines.length, `${f.ruleId}: line ${loc.startLine} is not in ${loc.file}`);
    const text = lines[loc.startLine - 1]!;
    const resource = byId.get(f.resource.id);
    assert.ok(resource, `${f.ruleId}: unknown resource ${f.resource.id}`);
    const want = expectedText(f, resource);
    const where = `${f.ruleId} ${f.path || '(service)'} -> ${loc.file}:${loc.startLine} "${text}"`;
    if (typeof want === 'string') assert.ok(text.includes(want), `${where} does not show ${want}`);
    else assert.match(text, want, where);
  }
});

test('hardened stack: exactly the findings in expected.json, none at or above high', async () => {
  const result = await scanStack(HARDENED);
  const serious = result.findings.filter((f) => atOrAbove(f.severity, 'high'));
  assert.deepEqual(serious.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.deepEqual(result.findings.map(pinned).sort(order), [...expectation(HARDENED).findings].sort(order));
});
