/**
 * The CDK app end to end: scanning its cloud assembly reports the insecure top-level stack's
 * problems at the TypeScript line of each construct (with the template line beside it), and
 * nothing for the hardened stack inside the Prod stage. fixtures/cdk/expected.json is the
 * pinned truth; this file computes nothing from the scan to build the expectation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, loadAll } from '../src/scan.js';
import type { ScanResult } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { atOrAbove } from '../src/findings/types.js';
import type { Finding } from '../src/findings/types.js';
import { palisade } from './helpers/cli.js';

const FIXTURE = 'fixtures/cdk';
const ASSEMBLY = 'fixtures/cdk/cdk.out';
const APP_LIB = 'fixtures/cdk/app/lib/';
const DEV_STACK_FILE = 'fixtures/cdk/app/lib/assistant-dev-stack.ts';
/** Construct paths of the app's stacks, deepest first: a construct's id follows its stack's path. */
const STACK_PATHS = ['Prod/Assistant/Audit', 'Prod/Assistant', 'AssistantDev'];
const HARDENED = 'Prod/';

interface Pinned {
  ruleId: string;
  constructPath: string;
  sourceFile: string;
  sourceLine: number;
  templateFile: string;
  templateLine: number;
  /** Required on a finding of the hardened stack: why it is accepted. */
  why?: string;
}

interface Expected {
  findings: Pinned[];
  requiredTags: { tags: string[]; findings: Pinned[] };
}

const expected = JSON.parse(readFileSync(`${FIXTURE}/expected.json`, 'utf8')) as Expected;

function pinned(f: Finding): Pinned {
  return {
    ruleId: f.ruleId,
    constructPath: f.cdk?.constructPath ?? '(no construct path)',
    sourceFile: f.cdk?.sourceFile ?? '(no source file)',
    sourceLine: f.cdk?.sourceLine ?? 0,
    templateFile: f.location?.file ?? '(no template)',
    templateLine: f.location?.startLine ?? 0,
  };
}

const withoutWhy = ({ why: _why, ...p }: Pinned): Pinned => p;
const key = (p: Pinned): string => `${p.ruleId} ${p.constructPath} ${p.sourceFile}:${p.sourceLine} ${p.templateFile}:${p.templateLine}`;
const keys = (ps: Pinned[]): string[] => ps.map((p) => key(withoutWhy(p))).sort();

async function scanClean(paths: string[], requiredTags: string[] = []): Promise<ScanResult> {
  const result = await scan({ paths, requiredTags });
  assert.deepEqual(result.errors, [], `${paths.join(', ')}: the assembly does not load or evaluate cleanly`);
  assert.deepEqual(result.inputs, [{ kind: 'cdk', dir: ASSEMBLY }], 'discovered as the one cloud assembly');
  return result;
}

const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n');

/** The id the app gave the construct: the path segment right after its stack's path. */
function constructId(constructPath: string): string {
  const stack = STACK_PATHS.find((s) => constructPath.startsWith(`${s}/`));
  assert.ok(stack, `${constructPath} is in none of the app's stacks`);
  return constructPath.slice(stack.length + 1).split('/')[0]!;
}

/** 1-based line of the one `new X(this, 'id'` in the file. */
function constructionLine(file: string, id: string): number {
  const found = lines(file).flatMap((text, i) => (/\bnew [\w.]+\(/.test(text) && text.includes(`(this, '${id}'`) ? [i + 1] : []));
  assert.equal(found.length, 1, `${file}: expected one construction of '${id}', found lines ${found.join(', ')}`);
  return found[0]!;
}

test('the assembly: exactly the findings in expected.json', async () => {
  const result = await scanClean([ASSEMBLY]);
  assert.deepEqual(result.findings.map((f) => key(pinned(f))).sort(), keys(expected.findings));
});

test('expected.json: each source line is the line that constructs the construct', () => {
  for (const p of [...expected.findings, ...expected.requiredTags.findings]) {
    assert.ok(p.sourceFile.startsWith(APP_LIB), `${key(p)}: not a file of the app`);
    const id = constructId(p.constructPath);
    assert.equal(p.sourceLine, constructionLine(p.sourceFile, id), `${key(p)}: not the line of new ...(this, '${id}'`);
  }
});

test('the insecure stack: every rule named in a comment of the app fires, and nothing else', () => {
  // The dev stack names beside each insecure property the rule that should flag it.
  const intended = [...new Set(readFileSync(DEV_STACK_FILE, 'utf8').match(/PAL-[A-Z0-9]+-\d{3}/g) ?? [])].sort();
  assert.ok(intended.length >= 15, `only ${intended.length} rules named in ${DEV_STACK_FILE}`);
  const fired = [...new Set(expected.findings.filter((p) => p.constructPath.startsWith('AssistantDev/')).map((p) => p.ruleId))].sort();
  assert.deepEqual(fired, intended);
});

test('every finding knows its construct and the app line that created it', async () => {
  const result = await scanClean([ASSEMBLY]);
  assert.ok(result.findings.length > 0);
  for (const f of result.findings) {
    assert.equal(f.source, 'cdk', `${f.ruleId} on ${f.resource.id}`);
    assert.ok(f.cdk?.constructPath, `${f.ruleId} on ${f.resource.id}: no construct path`);
    const { constructPath, sourceFile, sourceLine } = f.cdk;
    if (!sourceFile?.startsWith(APP_LIB)) assert.fail(`${f.ruleId} on ${constructPath}: source ${sourceFile}`);
    assert.deepEqual(f.cdk.templateLocation, f.location, `${f.ruleId}: the template location is the finding's location`);
    const text = lines(sourceFile)[(sourceLine ?? 0) - 1] ?? '';
    assert.ok(text.includes('new ') && text.includes(`'${constructId(constructPath)}'`), `${f.ruleId} -> ${sourceFile}:${sourceLine} "${text}"`);
  }
});

/** The lines of the resource's block in the template: `"LogicalId": {` to its closing brace. */
function resourceBlock(templateLines: string[], logicalId: string): { start: number; end: number } {
  const start = templateLines.findIndex((l) => new RegExp(`^(\\s*)"${logicalId}": \\{$`).test(l));
  assert.notEqual(start, -1, `no resource ${logicalId}`);
  const indent = /^\s*/.exec(templateLines[start]!)![0];
  const end = templateLines.findIndex((l, i) => i > start && (l === `${indent}}` || l === `${indent}},`));
  assert.notEqual(end, -1, `resource ${logicalId} does not end`);
  return { start: start + 1, end: end + 1 };
}

test('every finding points at a template line of its resource that names it or the attribute', async () => {
  const result = await scanClean([ASSEMBLY], expected.requiredTags.tags);
  for (const f of result.findings) {
    const loc = f.location;
    assert.ok(loc, `${f.ruleId} on ${f.resource.id}: no location`);
    assert.ok(loc.file.startsWith(`${ASSEMBLY}/`) && loc.file.endsWith('.template.json'), `${f.ruleId}: ${loc.file}`);
    const template = lines(loc.file);
    assert.ok(loc.startLine >= 1 && loc.endLine <= template.length && loc.startLine <= loc.endLine, `${f.ruleId}: ${loc.startLine}-${loc.endLine} is not in ${loc.file}`);
    const block = resourceBlock(template, f.resource.name);
    assert.ok(loc.startLine >= block.start && loc.endLine <= block.end, `${f.ruleId}: ${loc.startLine} is outside ${f.resource.name} (${block.start}-${block.end})`);
    const text = template[loc.startLine - 1]!;
    const where = `${f.ruleId} ${f.path || '(resource)'} -> ${loc.file}:${loc.startLine} "${text}"`;
    if (loc.startLine === block.start) continue; // the resource itself: `"LogicalId": {`
    if (/\.\d+$/.test(f.path)) {
      // An array element (a policy statement): its opening brace, then its keys.
      assert.match(text, /^\s*\{$/, where);
      assert.match(template[loc.startLine]!, /^\s*"\w+": /, where);
    } else {
      assert.match(text, /^\s*"\w+": /, where);
    }
  }
});

test('the hardened stack in the Prod stage is scanned and has no findings (any accepted one is below high and says why)', async () => {
  const { inputs } = await discover([ASSEMBLY]);
  const { resources } = await loadAll(inputs, nodeIO());
  const prodPaths = resources.flatMap((r) => (r.provenance.kind === 'file' && r.provenance.cdk ? [r.provenance.cdk.constructPath] : [])).filter((p) => p.startsWith(HARDENED));
  // Not vacuous: the stage's stack and its nested stack were both loaded.
  assert.ok(prodPaths.includes('Prod/Assistant/Search/Resource'), 'the hardened domain was not loaded');
  assert.ok(prodPaths.includes('Prod/Assistant/Audit/AuditEvents/Resource'), 'the nested stack was not loaded');

  for (const requiredTags of [[], expected.requiredTags.tags]) {
    const result = await scanClean([ASSEMBLY], requiredTags);
    const prod = result.findings.filter((f) => f.cdk?.constructPath.startsWith(HARDENED));
    assert.deepEqual(prod.filter((f) => atOrAbove(f.severity, 'high')).map((f) => `${f.ruleId} ${f.message}`), [], `required tags: ${requiredTags.join(',')}`);
    assert.deepEqual(
      prod.map((f) => key(pinned(f))).sort(),
      keys(expected.findings.filter((p) => p.constructPath.startsWith(HARDENED))),
      `required tags: ${requiredTags.join(',')}`,
    );
  }
  for (const p of expected.findings.filter((x) => x.constructPath.startsWith(HARDENED))) {
    assert.ok(p.why && p.why.length > 10, `${key(p)}: an accepted finding of the hardened stack needs a why`);
  }
});

test('required tags: the insecure stack lacks them on every taggable resource, the Prod stage (Tags.of(stage)) has them', async () => {
  const result = await scanClean([ASSEMBLY], expected.requiredTags.tags);
  assert.deepEqual(result.findings.map((f) => key(pinned(f))).sort(), keys([...expected.findings, ...expected.requiredTags.findings]));
  const tagFindings = result.findings.filter((f) => f.ruleId === 'PAL-TAG-001');
  assert.ok(tagFindings.length > 0 && tagFindings.every((f) => f.cdk?.constructPath.startsWith('AssistantDev/')), 'PAL-TAG-001 only on the dev stack');
});

test('scanning the folder that holds the app gives the same findings: the .ts files and cdk.json are not inputs', async () => {
  for (const requiredTags of [[], expected.requiredTags.tags]) {
    const folder = await scanClean([FIXTURE], requiredTags);
    const assembly = await scanClean([ASSEMBLY], requiredTags);
    assert.deepEqual(folder.findings, assembly.findings);
    assert.deepEqual(folder.summary, assembly.summary);
  }
});

test('CLI: the SARIF result of a CDK finding sits on the TypeScript line, the template line related', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cdk-'));
  try {
    const out = join(dir, 'out.sarif');
    const r = palisade(['scan', FIXTURE, '--sarif', out]);
    assert.equal(r.status, 1, `exit 1: the insecure stack has critical and high findings\n${r.stderr}`);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const results: any[] = sarif.runs.flatMap((run: any) => run.results);
    const got = results.map((res) => {
      const primary = res.locations[0].physicalLocation;
      assert.equal(res.locations.length, 1, `${res.ruleId}: one primary location`);
      assert.equal(primary.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.match(primary.artifactLocation.uri, /^fixtures\/cdk\/app\/lib\/[\w-]+\.ts$/, `${res.ruleId}: the primary location is the app's TypeScript`);
      const templates = (res.relatedLocations ?? []).filter((l: any) => l.physicalLocation.artifactLocation.uri.endsWith('.template.json'));
      assert.equal(templates.length, 1, `${res.ruleId}: one related template location`);
      const template = templates[0].physicalLocation;
      return `${res.ruleId} ${primary.artifactLocation.uri}:${primary.region.startLine} ${template.artifactLocation.uri}:${template.region.startLine}`;
    });
    assert.deepEqual(got.sort(), expected.findings.map((p) => `${p.ruleId} ${p.sourceFile}:${p.sourceLine} ${p.templateFile}:${p.templateLine}`).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
