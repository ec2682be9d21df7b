/**
 * CDK attribution of linked and framework-made resources, on an app synthesized here by the real
 * aws-cdk-lib: a finding on a function's URL, permission or role policy points at the line that
 * added it (addFunctionUrl, addPermission, addToRolePolicy), not at `new lambda.Function`; the
 * log-retention function aws-cdk-lib adds is attributed to the function that asked for it and
 * marked framework-managed in the JSON and SARIF reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { buildLinkedApp } from './fixtures/cdk-linked/app.js';
import { scan } from '../src/scan.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';

const APP = 'test/fixtures/cdk-linked/app.ts';
const source = readFileSync(APP, 'utf8').split('\n');
/** The app's line that contains `text` (the pinned truth is the app's own text). */
const lineOf = (text: string): number => {
  const i = source.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, text);
  return i + 1;
};

Error.stackTraceLimit = 200;
mkdirSync('tmp', { recursive: true });
const out = mkdtempSync('tmp/cdk-linked-');
buildLinkedApp(out, { [cxapi.PATH_METADATA_ENABLE_CONTEXT]: true, [cxapi.DISABLE_CREATION_STACK_TRACES]: false, [cxapi.DISABLE_METADATA_STACK_TRACE]: false }).synth();
const result = await scan({ paths: [out], requiredTags: [] });
rmSync(out, { recursive: true, force: true });
const find = (ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId);

test('a linked construct\'s finding points at the line that linked it', () => {
  const url = find('PAL-LAMBDA-001');
  assert.equal(url.length, 1);
  assert.equal(url[0]!.cdk?.sourceFile, APP);
  assert.equal(url[0]!.cdk?.sourceLine, lineOf('fn.addFunctionUrl('));
  assert.match(url[0]!.cdk!.constructPath, /^Linked\/Fn\/FunctionUrl/);
  const permission = find('PAL-LAMBDA-002');
  assert.deepEqual(permission.map((f) => [f.cdk?.constructPath, f.cdk?.sourceLine]).sort(), [
    // addFunctionUrl with no auth also adds the public invoke permission.
    ['Linked/Fn/Anyone', lineOf("fn.addPermission('Anyone'")],
    ['Linked/Fn/invoke-function', lineOf('fn.addFunctionUrl(')],
  ]);
  for (const f of permission) assert.equal(f.resource.name, url[0]!.resource.name, 'judged on the function');
  const admin = find('PAL-IAM-001').filter((f) => f.cdk?.constructPath.startsWith('Linked/Fn/'));
  assert.ok(admin.length >= 1, JSON.stringify(find('PAL-IAM-001').map((f) => f.cdk)));
  for (const f of admin) assert.equal(f.cdk?.sourceLine, lineOf('fn.addToRolePolicy('), f.path);
});

test('the owner\'s own attributes still point at the owner', () => {
  const own = result.findings.filter((f) => f.cdk?.constructPath === 'Linked/Fn/Resource');
  assert.ok(own.some((f) => f.ruleId === 'PAL-LAMBDA-006'), 'tracing is the function\'s own attribute');
  assert.ok(own.length > 0, JSON.stringify(result.findings.map((f) => [f.ruleId, f.path, f.cdk?.constructPath])));
  for (const f of own) assert.equal(f.cdk?.sourceLine, lineOf("new lambda.Function(stack, 'Fn'"));
  for (const f of result.findings) if (f.cdk?.constructPath.startsWith('Linked/Fn/')) assert.equal(f.cdk.frameworkManaged, undefined, f.ruleId);
});

test('a resource aws-cdk-lib made on its own is attributed to the construct that caused it and marked framework-managed', () => {
  const managed = result.findings.filter((f) => f.cdk?.frameworkManaged);
  assert.ok(managed.length > 0, JSON.stringify(result.findings.map((f) => f.cdk?.constructPath)));
  for (const f of managed) {
    assert.match(f.cdk!.constructPath, /^Linked\/LogRetention[0-9a-f]{32}\//);
    assert.equal(f.cdk!.sourceFile, APP);
    assert.equal(f.cdk!.sourceLine, lineOf("new lambda.Function(stack, 'Fn'"));
  }
  const json = JSON.parse(formatJson(result));
  assert.ok(json.findings.some((f: any) => f.cdk?.frameworkManaged === true));
  const sarif = JSON.parse(formatSarif(result));
  const results = sarif.runs.flatMap((r: any) => r.results);
  assert.equal(results.filter((r: any) => r.properties.frameworkManaged === true).length, managed.length);
});
