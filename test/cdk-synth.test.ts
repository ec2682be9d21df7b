// The committed cloud assembly (fixtures/cdk/cdk.out) is exactly what the fixture app
// synthesizes to, and carries what the CDK source needs: stacks, a Stage, a nested stack, and
// creation stacks that point at the app's TypeScript lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMMITTED = join(ROOT, 'fixtures/cdk/cdk.out');
const STALE = 'fixtures/cdk/cdk.out is stale: run npm run synth:cdk and commit the result';

let fresh = '';

function filesUnder(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const p = join(d, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return walk(dir)
    .map((p) => relative(dir, p).split('\\').join('/'))
    .sort();
}

const readJson = (...parts: string[]): any => JSON.parse(readFileSync(join(COMMITTED, ...parts), 'utf8'));

before(() => {
  fresh = join(mkdtempSync(join(tmpdir(), 'palisade-synth-')), 'cdk.out');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/synth-cdk.ts', fresh], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `synth failed:\n${r.stdout}\n${r.stderr}`);
});

after(() => {
  if (fresh) rmSync(join(fresh, '..'), { recursive: true, force: true });
});

test('a fresh synth equals the committed cdk.out, file by file', () => {
  const committed = filesUnder(COMMITTED);
  assert.deepEqual(filesUnder(fresh), committed, `${STALE} (the file list differs)`);
  for (const file of committed) {
    const want = readFileSync(join(COMMITTED, file), 'utf8');
    const got = readFileSync(join(fresh, file), 'utf8');
    assert.ok(got === want, `${STALE} (${file} differs)`);
  }
});

test('the assembly holds no machine paths', () => {
  for (const file of filesUnder(COMMITTED)) {
    const text = readFileSync(join(COMMITTED, file), 'utf8');
    for (const machinePath of [ROOT.replace(/[\\/]$/, ''), fresh, tmpdir()]) {
      assert.ok(!text.includes(machinePath), `${file} contains ${machinePath}`);
    }
  }
});

test('the app stack sits at the top level and the Prod stage in a nested assembly', () => {
  const artifacts = readJson('manifest.json').artifacts;
  assert.equal(artifacts.AssistantDev?.type, 'aws:cloudformation:stack');
  assert.equal(artifacts['assembly-Prod']?.type, 'cdk:cloud-assembly');
  const dir = artifacts['assembly-Prod'].properties.directoryName;
  const stageStacks = Object.values<any>(readJson(dir, 'manifest.json').artifacts).filter((a) => a.type === 'aws:cloudformation:stack');
  assert.deepEqual(
    stageStacks.map((a) => a.displayName),
    ['Prod/Assistant'],
  );
  assert.ok(existsSync(join(COMMITTED, dir, stageStacks[0].properties.templateFile)));
});

test('the Prod stack references a nested stack template through aws:asset:path', () => {
  const manifest = readJson('assembly-Prod', 'manifest.json');
  const stack = Object.values<any>(manifest.artifacts).find((a) => a.displayName === 'Prod/Assistant');
  const template = readJson('assembly-Prod', stack.properties.templateFile);
  const nested = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::CloudFormation::Stack');
  assert.equal(nested.length, 1);
  const nestedFile = nested[0].Metadata['aws:asset:path'];
  assert.match(nestedFile, /\.nested\.template\.json$/);
  const nestedTemplate = readJson('assembly-Prod', nestedFile);
  assert.ok(Object.keys(nestedTemplate.Resources).length > 0);
});

const FRAME = /\((fixtures\/cdk\/app\/lib\/[\w-]+\.ts):(\d+):(\d+)\)$/;

test('every resource of the app has a creation stack ending in a line of the app', () => {
  const metadataFiles = ['AssistantDev.metadata.json', ...filesUnder(join(COMMITTED, 'assembly-Prod')).filter((f) => f.endsWith('.metadata.json')).map((f) => `assembly-Prod/${f}`)];
  let checked = 0;
  for (const file of metadataFiles) {
    const metadata: Record<string, Array<{ type: string; data: unknown }>> = readJson(file);
    for (const [path, entries] of Object.entries(metadata)) {
      if (!entries.some((e) => e.type === 'aws:cdk:logicalId')) continue;
      const stack = entries.find((e) => e.type === 'aws:cdk:creationStack')?.data as string[] | undefined;
      assert.ok(stack, `${file} ${path}: no creation stack`);
      // Added by CDK during synth (bootstrap version check, nested stack references), not by the app.
      if (stack.length === 1 && stack[0]!.includes('App.synth')) continue;
      const userFrame = stack.map((f) => FRAME.exec(f)).find((m) => m !== null);
      assert.ok(userFrame, `${file} ${path}: no frame in the app: ${JSON.stringify(stack)}`);
      const [, source, line] = userFrame;
      const lines = readFileSync(join(ROOT, source!), 'utf8').split('\n');
      const text = lines[Number(line) - 1];
      assert.ok(text !== undefined && /\bnew |super\(|\(this, '/.test(text), `${path} -> ${source}:${line} is not a construction: ${text}`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `only ${checked} resources checked`);
});
