// Every normalized attribute points at the template line it came from: the property itself,
// the linked resource (bucket policy, IAM policy, ingress rule...) it was folded in from, or the
// resource's logical id when the property is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from '../src/findings/map.js';
import { REDACTED } from '../src/model/compose.js';
import { isUnknown } from '../src/model/resource.js';
import { locationEntries } from '../src/model/locations.js';
import { loadFixture, provenance } from './helpers/cloudformation.js';

const t = loadFixture('links.yaml');
const props = (name: string): any => t.get(name).properties;

test('the links fixture loads without a problem', () => {
  assert.deepEqual(t.errors, []);
});

test('resources: id, name, source and a span from the logical id to the end of the resource', () => {
  const key = t.get('DataKey');
  assert.equal(key.id, `${t.file}#DataKey`);
  assert.equal(key.type, 'aws.kms.key');
  assert.equal(key.source, 'cloudformation');
  assert.deepEqual(provenance(key).span, { line: t.line('  DataKey:'), endLine: t.line('Value: platform') });
  assert.equal(provenance(key).file, t.file);
});

test('a property points at its own line; a missing one at the resource', () => {
  assert.equal(props('DataKey').key_rotation, false);
  assert.equal(t.at('DataKey', 'properties.key_rotation')?.line, t.line('EnableKeyRotation: false'));
  const defaultKey = t.get('DefaultKey');
  assert.equal(defaultKey.properties.key_rotation, false, 'AWS default when omitted');
  assert.deepEqual(locate(provenance(defaultKey), ['properties', 'key_rotation']), { file: t.file, startLine: t.line('  DefaultKey:'), endLine: t.line('  DefaultKey:') + 1 });
});

test('nested values point at the nested line, and a deeper path falls back to its parent', () => {
  assert.equal(t.at('Documents', 'properties.encryption.kms_key_id')?.line, t.line('KMSMasterKeyID: !GetAtt DataKey.Arn'));
  assert.equal(t.at('Documents', 'properties.encryption.bucket_key')?.line, t.line('BucketKeyEnabled: true'));
  assert.equal(locate(provenance(t.get('Documents')), ['properties', 'encryption', 'no_such_field']).startLine, t.line('BucketEncryption:'));
  assert.deepEqual(props('Documents').encryption, { configured: true, algorithm: 'aws:kms', kms_key_id: 'ref:DataKey.Arn', bucket_key: true });
});

test('a bucket carries its BucketPolicy, with the statement lines of the policy resource', () => {
  const policy = props('Documents').policy;
  assert.equal(policy.statements.length, 2);
  const [tls, publicRead] = policy.statements;
  assert.deepEqual(tls, {
    sid: 'TlsOnly',
    effect: 'Deny',
    principal: { any: true, aws: ['*'], service: [], federated: [] },
    not_principal: false,
    actions: ['s3:*'],
    not_actions: [],
    resources: ['ref:Documents.Arn', 'ref:Documents.Arn/*'],
    not_resources: [],
    conditions: { Bool: { 'aws:securetransport': ['false'] } },
  });
  assert.deepEqual(publicRead.principal, { any: true, aws: ['*'], service: [], federated: [] });
  assert.deepEqual(publicRead.actions, ['s3:getobject'], 'actions are lower-case');
  assert.equal(t.at('Documents', 'properties.policy')?.line, t.line('  DocumentsPolicy:'));
  assert.equal(t.at('Documents', 'properties.policy.statements.0')?.line, t.line('- Sid: TlsOnly'));
  assert.equal(t.at('Documents', 'properties.policy.statements.1')?.line, t.line('- Sid: PublicRead'));
  // Rules about who, what and on which resource point at the Principal, Action and Resource lines.
  assert.equal(t.at('Documents', 'properties.policy.statements.1.principal')?.line, t.line('Principal: { AWS: "*" }'));
  assert.equal(t.at('Documents', 'properties.policy.statements.1.actions')?.line, t.line('Action: [S3:GetObject]'));
  assert.equal(t.at('Documents', 'properties.policy.statements.1.resources')?.line, t.line('Resource: !Sub "${Documents.Arn}/*"'));
  assert.equal(t.at('Documents', 'properties.policy.statements.0.resources.1')?.line, t.line('Resource: [!GetAtt Documents.Arn, !Sub "${Documents.Arn}/*"]'));
  assert.equal(t.at('Documents', 'properties.policy.statements.0.conditions.Bool.aws:securetransport')?.line, t.line('aws:SecureTransport: false'));
});

test('a role carries its inline policies, the AWS::IAM::Policy naming it and the managed policy it lists', () => {
  const policies = props('AppRole').policies;
  assert.deepEqual(
    policies.map((p: any) => [p.name, p.document.statements[0].actions]),
    [
      ['inline-read', ['s3:getobject']],
      ['app-admin', ['*']],
      ['ref:SharedPolicy', ['sqs:sendmessage']],
    ],
  );
  assert.equal(t.at('AppRole', 'properties.policies.0')?.line, t.line('- PolicyName: inline-read'));
  assert.equal(t.at('AppRole', 'properties.policies.1')?.line, t.line('  AppPolicy:'));
  assert.equal(t.at('AppRole', 'properties.policies.1.document.statements.0.actions')?.line, t.line('Action: "*"'));
  assert.equal(t.at('AppRole', 'properties.policies.2')?.line, t.line('  SharedPolicy:'));
  assert.deepEqual(props('AppPolicy').attached, { roles: ['ref:AppRole'], users: [], groups: [] });
  assert.equal(t.get('AppPolicy').type, 'aws.iam.policy');
});

test('a security group carries the ingress resources naming it, and the default egress', () => {
  const { ingress, egress } = props('Web');
  assert.deepEqual(
    ingress.map((r: any) => [r.protocol, r.from_port, r.cidr_ipv4]),
    [
      ['tcp', 443, '0.0.0.0/0'],
      ['tcp', 22, '0.0.0.0/0'],
    ],
  );
  assert.equal(t.at('Web', 'properties.ingress.0')?.line, t.line('- IpProtocol: tcp'));
  assert.equal(t.at('Web', 'properties.ingress.1')?.line, t.line('  WebSsh:'));
  assert.equal(t.at('Web', 'properties.ingress.1.from_port')?.line, t.line('FromPort: 22'));
  assert.deepEqual(egress, [{ protocol: '-1', from_port: null, to_port: null, cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, source_security_group: null, description: null }]);
  assert.equal(locate(provenance(t.get('Web')), ['properties', 'egress', 0]).startLine, t.line('  Web:'));
});

test('a function carries its Url, Permission and /aws/lambda log group; secrets are redacted', () => {
  const fn = props('Handler');
  assert.deepEqual(fn.url, { auth_type: 'NONE' });
  assert.equal(t.at('Handler', 'properties.url.auth_type')?.line, t.line(' AuthType: NONE'));
  assert.deepEqual(fn.permissions, [{ principal: '*', action: 'lambda:InvokeFunctionUrl', source_arn: null, source_account: null, function_url_auth_type: 'NONE', principal_org_id: null }]);
  assert.equal(t.at('Handler', 'properties.permissions.0')?.line, t.line('  HandlerInvoke:'));
  assert.deepEqual(fn.log_group, { retention_days: 7, kms_key_id: null });
  assert.equal(t.at('Handler', 'properties.log_group.retention_days')?.line, t.line('RetentionInDays: 7'));
  assert.deepEqual(fn.environment, {
    TABLE: { value: 'orders', secret_name: false, secret_value: null },
    API_TOKEN: { value: REDACTED, secret_name: true, secret_value: null },
    CALLBACK: { value: REDACTED, secret_name: false, secret_value: 'url-credentials' },
    SECRET_ARN: { value: 'ref:DataKey', secret_name: false, secret_value: null },
  });
  assert.equal(t.at('Handler', 'properties.environment.API_TOKEN')?.line, t.line('API_TOKEN: tok-123456789'));
  const everything = JSON.stringify(t.resources) + JSON.stringify(t.errors);
  assert.ok(!everything.includes('tok-123456789') && !everything.includes('hunter2'), 'a secret reached the model');
});

test('queues and topics carry their QueuePolicy and TopicPolicy', () => {
  const jobs = props('Jobs');
  assert.deepEqual(jobs.encryption, { enabled: false, kms_key_id: null });
  assert.equal(t.at('Jobs', 'properties.encryption.enabled')?.line, t.line('SqsManagedSseEnabled: false'));
  assert.equal(jobs.policy.statements[0].principal.any, true);
  assert.equal(t.at('Jobs', 'properties.policy.statements.0')?.line, t.line('- Sid: QueueSend'));
  const alerts = props('Alerts');
  assert.equal(alerts.kms_key_id, 'ref:DataKey');
  assert.deepEqual(alerts.policy.statements[0].principal.service, ['events.amazonaws.com']);
  assert.equal(t.at('Alerts', 'properties.policy')?.line, t.line('  AlertsPolicy:'));
});

test('a DB instance of a cluster in the template takes the cluster settings, with their lines', () => {
  const writer = props('DatabaseWriter');
  assert.equal(writer.cluster_id, 'ref:Database');
  assert.equal(writer.storage_encrypted, true);
  assert.equal(t.at('DatabaseWriter', 'properties.storage_encrypted')?.line, t.line('StorageEncrypted: true'));
  assert.deepEqual(writer.master_password, { literal: false, managed: true });
  assert.equal(writer.publicly_accessible, true);
  assert.ok(isUnknown(props('Database').publicly_accessible), 'the default depends on the VPC: Unknown, never false');
});

test('tags in list form and in map form, each at its own line; an unknown value stays Unknown', () => {
  assert.deepEqual(t.get('DataKey').tags, { owner: 'platform' });
  assert.equal(t.at('DataKey', 'tags.owner')?.line, t.line('Value: platform') - 1);
  const stage = t.get('HttpStage');
  assert.equal(stage.tags.owner, 'api');
  assert.ok(isUnknown(stage.tags.team));
  assert.equal(t.at('HttpStage', 'tags.owner')?.line, t.line('owner: api'));
  assert.equal(t.at('HttpStage', 'tags.team')?.line, t.line('team: !Ref AWS::StackName'));
});

test('every recorded location is a line of the file', () => {
  const lines = t.text.split('\n').length;
  for (const r of t.resources) {
    const p = provenance(r);
    for (const span of [p.span, ...locationEntries(p.locations).map(([, s]) => s)]) {
      assert.ok(span.line >= 1 && span.endLine >= span.line && span.endLine <= lines, `${r.name}: ${JSON.stringify(span)}`);
    }
  }
});
