// The stack templates of the committed CDK assembly, read by the CloudFormation loader alone:
// what CDK writes (long-form JSON intrinsics, Fn::Join ARNs, policies as separate resources,
// nested-stack parameters) normalizes to the model with the template's lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { REDACTED } from '../src/model/compose.js';
import { isUnknown } from '../src/model/resource.js';
import { loadText } from './helpers/cloudformation.js';

const read = (file: string) => loadText(file, readFileSync(file, 'utf8'));
const dev = read('fixtures/cdk/cdk.out/AssistantDev.template.json');
const prod = read('fixtures/cdk/cdk.out/assembly-Prod/ProdAssistantC5525A04.template.json');
const audit = read('fixtures/cdk/cdk.out/assembly-Prod/ProdAssistantAuditA6DEED7F.nested.template.json');

test('the CDK templates load without a problem', () => {
  for (const t of [dev, prod, audit]) assert.deepEqual(t.errors, [], t.file);
});

test('insecure dev stack: the findings-to-be point at the JSON lines that cause them', () => {
  assert.equal(dev.get('DataKey17AFBB84').properties.key_rotation, false);
  assert.equal(dev.at('DataKey17AFBB84', 'properties.key_rotation')?.line, dev.line('"EnableKeyRotation": false'));
  const search = dev.get('Search14E54FC3').properties as any;
  assert.deepEqual([search.encryption_at_rest.enabled, search.node_to_node_encryption, search.enforce_https], [false, false, false]);
  assert.equal(dev.at('Search14E54FC3', 'properties.tls_security_policy')?.line, dev.line('"TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"'));
  const fn = dev.get('Agent255F68E9').properties as any;
  assert.deepEqual(fn.environment.DB_PASSWORD, { value: REDACTED, secret_name: true, secret_value: null });
  assert.equal(dev.at('Agent255F68E9', 'properties.environment.DB_PASSWORD')?.line, dev.line('"DB_PASSWORD"'));
  assert.ok(!JSON.stringify(dev.resources).includes('hunter2-dev-only'));
  assert.deepEqual(fn.log_group, { retention_days: null, kms_key_id: null }, 'the log group named in LoggingConfig');
  const role = dev.get('AgentRoleF4A42D6B').properties as any;
  assert.deepEqual(role.policies[0].document.statements[0].actions, ['*']);
});

test('hardened prod stack: bucket policies, the function log group and the default policy are folded in', () => {
  const docs = prod.get('Documents7E5B2978').properties as any;
  assert.deepEqual(docs.policy.statements.map((s: any) => [s.effect, s.conditions]), [['Deny', { Bool: { 'aws:securetransport': ['false'] } }]]);
  assert.deepEqual(docs.policy.statements[0].resources, ['ref:Documents7E5B2978.Arn', 'ref:Documents7E5B2978.Arn/*']);
  assert.equal(docs.encryption.kms_key_id, 'ref:DataKey17AFBB84.Arn');
  assert.equal(docs.logging.target_bucket, 'ref:AccessLogs8B620ECA');
  const fn = prod.get('Agent255F68E9').properties as any;
  assert.deepEqual(fn.log_group, { retention_days: 365, kms_key_id: 'ref:DataKey17AFBB84.Arn' });
  assert.equal(prod.at('Agent255F68E9', 'properties.log_group')?.line, prod.line('"AgentLogs05C568C3": {'));
  const role = prod.get('AgentRoleF4A42D6B').properties as any;
  assert.deepEqual(
    role.policies.map((p: any) => p.name),
    ['AgentAccess', 'AgentRoleDefaultPolicy1027F5D2'],
  );
  assert.equal(prod.at('AgentRoleF4A42D6B', 'properties.policies.1')?.line, prod.line('"AgentRoleDefaultPolicy1027F5D2": {'));
  // CDK writes the account root as Fn::Join with AWS::AccountId: known only at deploy time.
  assert.ok(isUnknown((prod.get('DataKey17AFBB84').properties as any).policy.statements[0].principal.aws[0]));
  assert.deepEqual(prod.get('DataKey17AFBB84').tags, { environment: 'prod', owner: 'platform-team' });
});

test('nested stack: values passed in as parameters are Unknown, never null', () => {
  const queue = audit.get('AuditEvents90A28844').properties as any;
  assert.equal(queue.encryption.enabled, true);
  assert.ok(isUnknown(queue.encryption.kms_key_id));
  assert.deepEqual(queue.policy.statements[0].actions, ['sqs:*']);
});
