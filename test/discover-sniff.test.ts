/**
 * Template sniffing and skipped files: a template without AWSTemplateFormatVersion whose types
 * are quoted is scanned; every YAML/JSON file left out of a folder scan is listed with its
 * reason in the JSON report; a file named explicitly that is not infrastructure is a warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffCloudFormation } from '../src/sources/cloudformation/detect.js';
import { scan } from '../src/scan.js';
import { formatJson } from '../src/report/json.js';

const DIR = 'test/fixtures/sniff';
const REASON = 'not a Compose file, CloudFormation template or CDK assembly: skipped';
const SKIP_REASON = 'neither a Compose file nor a CloudFormation template';

test('templates are recognized in every quoting style, without AWSTemplateFormatVersion', () => {
  assert.ok(sniffCloudFormation("Resources:\n  Q:\n    Type: 'AWS::SQS::Queue'\n"));
  assert.ok(sniffCloudFormation('Resources:\n  Q:\n    Type: "AWS::SQS::Queue"\n'));
  assert.ok(sniffCloudFormation('{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}'));
  assert.ok(sniffCloudFormation("'Resources':\n  Q:\n    'Type': 'AWS::SQS::Queue'\n"));
  assert.ok(!sniffCloudFormation('Resources:\n  - name: docs\n    type: link\n'));
});

test('a folder scan reads the quoted template and reports the skipped file and why', async () => {
  const result = await scan({ paths: [`${DIR}/folder`], requiredTags: [] });
  assert.deepEqual(result.inputs, [{ kind: 'cloudformation', file: `${DIR}/folder/queue.yaml` }]);
  assert.ok(result.findings.some((f) => f.resource.name === 'Jobs'), 'the quoted template was evaluated');
  assert.deepEqual(result.skipped, [{ path: `${DIR}/folder/renovate.json`, reason: SKIP_REASON }]);
  assert.deepEqual(result.errors, []);
  const report = JSON.parse(formatJson(result)) as { skipped: unknown };
  assert.deepEqual(report.skipped, [{ path: `${DIR}/folder/renovate.json`, reason: SKIP_REASON }]);
});

test('a file passed explicitly that is neither Compose nor a template is a warning', async () => {
  const result = await scan({ paths: [`${DIR}/notes.yaml`], requiredTags: [] });
  assert.deepEqual(result.inputs, []);
  assert.deepEqual(result.errors, [{ file: `${DIR}/notes.yaml`, level: 'warning', message: REASON }]);
  assert.deepEqual(result.skipped, []);
});
