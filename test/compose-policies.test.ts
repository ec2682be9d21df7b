/**
 * The Compose policy pack as a whole (the per-rule fixtures and their exact lines are checked by
 * test/policies.test.ts): every rule folder is complete and consistent with its metadata, and
 * no finding message, from any rule, shows a secret written in the file judged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { scan, loadAll } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { loadCatalog } from '../src/engine/catalog.js';
import { REDACTED } from '../src/model/compose.js';
import type { ComposeEnvVar } from '../src/model/compose.js';
import { filesUnder } from './helpers/files.js';

const root = join(import.meta.dirname, '..');
const composeRules = loadCatalog().rules.filter((r) => r.package.startsWith('compose.'));

const files = filesUnder;

test('the Compose pack has at least 25 rules, with ids PAL-COMPOSE-NNN used once each', () => {
  assert.ok(composeRules.length >= 25, `${composeRules.length} Compose rules`);
  const ids = composeRules.map((r) => r.id);
  for (const id of ids) assert.match(id, /^PAL-COMPOSE-\d{3}$/);
  assert.equal(new Set(ids).size, ids.length);
});

test('every Compose rule folder: package named after it, unit tests beside it, metadata for compose services', () => {
  for (const rule of composeRules) {
    const dir = dirname(rule.file);
    assert.equal(`policies/${rule.package.split('.').join('/')}`, dir, `${rule.id}: package ${rule.package} is not its folder`);
    const unitTests = join(root, dir, 'policy_test.rego');
    assert.ok(existsSync(unitTests), `${rule.id}: ${dir}/policy_test.rego is missing`);
    assert.match(readFileSync(unitTests, 'utf8'), new RegExp(`^package palisade\\.rules\\.${rule.package.replace(/\./g, '\\.')}_test$`, 'm'));
    assert.deepEqual(rule.resourceTypes, ['compose.service'], rule.id);
    assert.deepEqual(rule.sources, ['compose'], rule.id);
    assert.ok(rule.description.length > 40 && rule.remediation.length > 20, `${rule.id}: say why and what to do`);
  }
});

/** The values written for each service's environment, by service and variable, over all files. */
function writtenEnvironment(composeFiles: string[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const file of composeFiles) {
    const doc = parse(readFileSync(file, 'utf8'), { merge: true }) as { services?: Record<string, { environment?: unknown }> };
    for (const [service, def] of Object.entries(doc?.services ?? {})) {
      const env = out.get(service) ?? new Map<string, string>();
      const written = def?.environment;
      if (Array.isArray(written)) {
        for (const item of written) {
          const [name, ...rest] = String(item).split('=');
          if (rest.length > 0) env.set(name!, rest.join('='));
        }
      } else if (written && typeof written === 'object') {
        for (const [name, value] of Object.entries(written)) if (value !== null) env.set(name, String(value));
      }
      out.set(service, env);
    }
  }
  return out;
}

test('no finding message shows a secret value written in the file, or the redaction marker', async () => {
  const targets = [
    ...files(join(root, 'policies/compose')).filter((f) => /\/(fail|pass)-[^/]+\.ya?ml$/.test(f)),
    join(root, 'fixtures/compose/insecure'),
  ].map((p) => relative(process.cwd(), p));
  let checked = 0;
  for (const target of targets) {
    const { inputs } = await discover([target]);
    const { resources } = await loadAll(inputs, nodeIO());
    const written = writtenEnvironment(inputs.flatMap((i) => (i.kind === 'compose' ? i.files : [])));
    const byId = new Map(resources.map((r) => [r.id, r]));
    const result = await scan({ paths: [target], requiredTags: [] });
    for (const f of result.findings) {
      assert.ok(!f.message.includes(REDACTED), `${target}: ${f.ruleId} echoes a redacted value: ${f.message}`);
      const resource = byId.get(f.resource.id)!;
      const env = resource.properties.environment as Record<string, ComposeEnvVar>;
      for (const [name, e] of Object.entries(env)) {
        // Well-known defaults (postgres, minioadmin) are public words that messages may contain.
        if (!(e.secret_name || e.secret_value) || e.default_credential || e.interpolated) continue;
        const value = written.get(resource.name)?.get(name);
        if (value === undefined || value.length < 5) continue;
        checked++;
        assert.ok(!f.message.includes(value), `${target}: ${f.ruleId} shows the value of ${name}: ${f.message}`);
      }
    }
  }
  assert.ok(checked > 50, `only ${checked} (finding, secret) pairs checked: the fixtures lost their secrets`);
});
