/**
 * Resources aws-cdk-lib adds on its own, beyond log retention, in a committed cdk.out that the
 * real aws-cdk-lib synthesizes (fixtures/cdk-framework, `npm run synth:cdk`): the
 * bucket-notifications handler, the auto-delete-objects custom-resource provider and the
 * custom-resources Provider framework's function are attributed to the app line that caused
 * them and marked framework-managed in JSON, SARIF and Markdown; the app's own functions beside
 * them are not. The lines are pinned by the app's own text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../src/scan.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { ROOT } from './helpers/cli.js';

const APP = 'fixtures/cdk-framework/app/lib/framework-app.ts';
const ASSEMBLY = 'fixtures/cdk-framework/cdk.out';
const source = readFileSync(join(ROOT, APP), 'utf8').split('\n');
const lineOf = (text: string): number => {
  const i = source.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, text);
  return i + 1;
};

const result = await scan({ paths: [ASSEMBLY], requiredTags: [], cwd: ROOT });
/** Construct path (to the framework construct) -> the app lines its findings point at. */
function attribution(managed: boolean): Map<string, Set<number | undefined>> {
  const out = new Map<string, Set<number | undefined>>();
  for (const f of result.findings) {
    if (Boolean(f.cdk?.frameworkManaged) !== managed) continue;
    assert.equal(f.cdk!.sourceFile, APP, f.cdk!.constructPath);
    const key = f.cdk!.constructPath.split('/').slice(0, managed ? -1 : 2).join('/');
    out.set(key, (out.get(key) ?? new Set()).add(f.cdk!.sourceLine));
  }
  return out;
}

test('each resource aws-cdk-lib made is framework-managed and points at the app line that caused it', () => {
  assert.deepEqual(result.errors, []);
  const managed = attribution(true);
  assert.deepEqual(
    [...managed].map(([path, lines]) => [path, [...lines]]).sort(),
    [
      ['Framework/BucketNotificationsHandler050a0587b7544547bf325f094a3db834', [lineOf('uploads.addEventNotification(')]],
      ['Framework/Custom::S3AutoDeleteObjectsCustomResourceProvider', [lineOf("new s3.Bucket(stack, 'Uploads'")]],
      ['Framework/SeedProvider/framework-onEvent', [lineOf("new cr.Provider(stack, 'SeedProvider'")]],
    ],
  );
  // Each is a Lambda function the Lambda rules judged.
  for (const f of result.findings.filter((x) => x.cdk?.frameworkManaged)) assert.equal(f.resource.type, 'aws.lambda.function', f.cdk!.constructPath);
});

test('the app\'s own functions and bucket beside them are not framework-managed', () => {
  const own = attribution(false);
  assert.deepEqual(own.get('Framework/OnUpload'), new Set([lineOf("new lambda.Function(stack, 'OnUpload'")]));
  assert.deepEqual(own.get('Framework/SeedHandler'), new Set([lineOf("new lambda.Function(stack, 'SeedHandler'")]));
  assert.deepEqual(own.get('Framework/Uploads'), new Set([lineOf("new s3.Bucket(stack, 'Uploads'")]));
});

test('JSON, SARIF and Markdown carry the mark', () => {
  const managed = result.findings.filter((f) => f.cdk?.frameworkManaged);
  const json = JSON.parse(formatJson(result));
  assert.equal(json.findings.filter((f: any) => f.cdk?.frameworkManaged === true).length, managed.length);
  const sarif = JSON.parse(formatSarif(result));
  const results = sarif.runs.flatMap((r: any) => r.results);
  assert.equal(results.filter((r: any) => r.properties.frameworkManaged === true).length, managed.length);
  const md = formatMarkdown(result, { top: 100 });
  const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('framework-app.ts'));
  assert.equal(rows.filter((l) => l.includes(' · framework-managed |')).length, managed.length);
  assert.ok(rows.some((l) => l.includes(`framework-app.ts&#58;${lineOf('uploads.addEventNotification(')} · framework-managed`)));
});

test('the committed cdk.out is exactly what the app synthesizes to (npm run synth:cdk)', () => {
  const fresh = join(mkdtempSync(join(tmpdir(), 'palisade-synth-framework-')), 'cdk.out');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/synth-cdk.ts', '--fixture', 'framework', fresh], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const stale = `${ASSEMBLY} is stale: run npm run synth:cdk and commit the result`;
    const committed = readdirSync(join(ROOT, ASSEMBLY)).sort();
    assert.deepEqual(readdirSync(fresh).sort(), committed, stale);
    assert.ok(!committed.some((f) => f.startsWith('asset.')), 'aws-cdk-lib\'s staged handler code is not committed');
    for (const f of committed) assert.ok(readFileSync(join(fresh, f), 'utf8') === readFileSync(join(ROOT, ASSEMBLY, f), 'utf8'), `${stale} (${f} differs)`);
  } finally {
    rmSync(join(fresh, '..'), { recursive: true, force: true });
  }
});
