// What CDK (and the tools around it) write into a template besides the resources themselves:
// `logRetention` as a Custom::LogRetention naming /aws/lambda/<function>, and suppressions in a
// resource's Metadata (cdk_nag, checkov, guard), kept on the provenance for a later issue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputError } from '../src/model/resource.js';
import { loadFixture, loadText, provenance } from './helpers/cloudformation.js';
import { scanPaths } from './helpers/scan.js';

const t = loadFixture('cdk-conventions.json');
const PROVIDER = 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A';
const only = (errors: InputError[]): Array<[string, number | undefined, string]> => errors.map((e) => [e.level, e.line, e.message]);

test('the CDK conventions fixture loads without a problem', () => {
  assert.deepEqual(t.errors, []);
});

test("logRetention: the Custom::LogRetention naming /aws/lambda/<function> is the function's log group, at its lines", () => {
  assert.deepEqual(t.get('Handler').properties.log_group, { retention_days: 14, kms_key_id: null });
  assert.equal(t.at('Handler', 'properties.log_group')?.line, t.line('"HandlerLogRetention": {'));
  assert.equal(t.at('Handler', 'properties.log_group.retention_days')?.line, t.line('"RetentionInDays": 14'));
  // RetentionDays.INFINITE: CDK writes no RetentionInDays.
  assert.deepEqual(t.get('Archiver').properties.log_group, { retention_days: null, kms_key_id: null });
  assert.equal(t.at('Archiver', 'properties.log_group')?.line, t.line('"ArchiverLogRetention": {'));
  // The provider function CDK adds has no log group of its own.
  assert.equal(t.get(PROVIDER).properties.log_group, null);
});

test('logRetention through the pipeline: PAL-LAMBDA-005 only on the function without one', async () => {
  const result = await scanPaths([t.file]);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.findings.filter((f) => f.ruleId === 'PAL-LAMBDA-005').map((f) => [f.resource.name, f.location?.startLine]),
    [[PROVIDER, t.line(`"${PROVIDER}": {`)]],
  );
});

test('a declared AWS::Logs::LogGroup wins over a Custom::LogRetention of the same name', () => {
  const text = [
    'Resources:',
    '  Fn:',
    '    Type: AWS::Lambda::Function',
    '    Properties: { FunctionName: fn, Runtime: nodejs22.x, Handler: i.h, Role: r, Code: { ZipFile: x } }',
    '  FnRetention:',
    '    Type: Custom::LogRetention',
    '    Properties: { ServiceToken: arn, LogGroupName: /aws/lambda/fn, RetentionInDays: 1 }',
    '  FnLogs:',
    '    Type: AWS::Logs::LogGroup',
    '    Properties: { LogGroupName: /aws/lambda/fn, RetentionInDays: 90, KmsKeyId: key-1 }',
  ].join('\n');
  const l = loadText('stack.yaml', text);
  assert.deepEqual(l.errors, []);
  assert.deepEqual(l.get('Fn').properties.log_group, { retention_days: 90, kms_key_id: 'key-1' });
  assert.equal(l.at('Fn', 'properties.log_group')?.line, l.line('  FnLogs:'));
});

test("Metadata: a cdk_nag suppression is read from the resource's provenance, with checkov and guard ones", () => {
  const role = provenance(t.get('HandlerServiceRole'));
  const nag = (role.metadata?.cdk_nag as { rules_to_suppress: Array<{ id: string; reason: string }> }).rules_to_suppress;
  assert.deepEqual(
    nag.map((s) => [s.id, s.reason]),
    [['AwsSolutions-IAM5', 'Break-glass role, reviewed in SEC-142']],
  );
  assert.equal(role.metadata?.['aws:cdk:path'], 'Conventions/Handler/ServiceRole/Resource');
  assert.deepEqual(provenance(t.get('Handler')).metadata?.checkov, { skip: [{ id: 'CKV_AWS_116', comment: 'Invoked synchronously: no dead-letter queue' }] });
  assert.deepEqual(provenance(t.get('Jobs')).metadata, { guard: { SuppressedRules: ['SQS_QUEUE_KMS_MASTER_KEY_ID_RULE'] } }, 'AWS::CloudFormation::* keys are left out');
  assert.ok(!('metadata' in provenance(t.get('Archiver'))), 'no Metadata, no field');
  assert.ok(!JSON.stringify(t.resources).includes('Auth-Passw0rd-Literal'), 'a credential in AWS::CloudFormation::Authentication reached the model');
  // Never sent to the policies: properties and tags carry none of it.
  assert.ok(!JSON.stringify(t.get('HandlerServiceRole').properties).includes('AwsSolutions-IAM5'));
});

test('Metadata that is not a mapping is reported and ignored; aliases that expand it past 10,000 values are cut short', () => {
  const notMapping = loadText('stack.yaml', ['Resources:', '  Key:', '    Type: AWS::KMS::Key', '    Metadata: [cdk_nag]'].join('\n'));
  assert.deepEqual(only(notMapping.errors), [['warning', 4, 'cloudformation: the Metadata of Key is not a mapping: ignored']]);
  assert.ok(!('metadata' in provenance(notMapping.get('Key'))));

  // Aliases the YAML parser accepts, shared in the tree: copied out they would be 16,000 values.
  const items = Array.from({ length: 4000 }, (_, i) => i).join(', ');
  const bomb = loadText('stack.yaml', ['Resources:', '  Key:', '    Type: AWS::KMS::Key', '    Metadata:', `      a: &a [${items}]`, '      b: [*a, *a, *a]'].join('\n'));
  assert.deepEqual(only(bomb.errors), [['warning', 4, 'cloudformation: the Metadata of Key has more than 10000 values: ignored']]);
  assert.ok(!('metadata' in provenance(bomb.get('Key'))));
});

test('IAM findings about actions point at the Action line, not at the statement', async () => {
  const result = await scanPaths([t.file]);
  const admin = result.findings.filter((f) => f.ruleId === 'PAL-IAM-001');
  assert.deepEqual(
    admin.map((f) => [f.path, f.location?.startLine]),
    [['properties.policies.0.document.statements.0.actions', t.line('"Action": "*"')]],
  );
  assert.notEqual(t.line('"Action": "*"'), t.line('"Sid": "Everything"'));
});
