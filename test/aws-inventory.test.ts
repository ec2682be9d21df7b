/**
 * Normalizers that consult other items of the inventory (a VPC its flow logs, a table or secret
 * its KMS key) look them up through indexes built once (normalize/inventory.ts); these cases
 * pin what the lookups find when many items of the same kinds share the inventory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeConfigItems } from '../src/sources/aws/normalize/index.js';

const SCOPE = { account: '111122223333', region: 'us-east-1', origin: 'config-api' };

function item(resourceType: string, resourceId: string, configuration: object, arn = `arn:aws:test:us-east-1:111122223333:${resourceId}`) {
  return { version: '1.3', accountId: '111122223333', configurationItemStatus: 'OK', arn, resourceType, resourceId, resourceName: null, awsRegion: 'us-east-1', configuration: JSON.stringify(configuration), supplementaryConfiguration: {} };
}

const props = (r: { properties: unknown }) => r.properties as Record<string, unknown>;

test('each of many VPCs is judged by the flow logs that name it', () => {
  const items: object[] = [];
  for (let i = 0; i < 50; i++) items.push(item('AWS::EC2::VPC', `vpc-${i}`, { vpcId: `vpc-${i}` }));
  // Flow logs for the even VPCs, and one for a VPC outside the inventory.
  for (let i = 0; i < 50; i += 2) items.push(item('AWS::EC2::FlowLog', `fl-${i}`, { resourceId: `vpc-${i}` }));
  items.push(item('AWS::EC2::FlowLog', 'fl-x', { resourceId: 'vpc-elsewhere' }));
  const { resources, errors } = normalizeConfigItems(items, SCOPE);
  assert.deepEqual(errors, []);
  const vpcs = resources.filter((r) => r.type === 'aws.ec2.vpc');
  assert.equal(vpcs.length, 50);
  for (const v of vpcs) assert.equal(props(v).flow_logs, Number(v.name.slice(4)) % 2 === 0, v.name);
});

test('a VPC without an id is not matched by a flow log without a target', () => {
  const items = [item('AWS::EC2::VPC', '', {}), item('AWS::EC2::FlowLog', 'fl-1', {})];
  (items[0] as { resourceId: unknown }).resourceId = null;
  const vpc = normalizeConfigItems(items, SCOPE).resources.find((r) => r.type === 'aws.ec2.vpc')!;
  assert.equal(props(vpc).flow_logs, false);
});

test('tables and secrets find their own key among many, by ARN (secrets also by key id)', () => {
  const key = (n: number, manager: string) => item('AWS::KMS::Key', `key-${n}`, { keyId: `key-${n}`, keyManager: manager }, `arn:aws:kms:us-east-1:111122223333:key/key-${n}`);
  const items: object[] = [key(0, 'CUSTOMER'), key(1, 'AWS'), key(2, 'CUSTOMER')];
  const sse = (n: number) => ({ sSEDescription: { status: 'ENABLED', sSEType: 'KMS', kMSMasterKeyArn: `arn:aws:kms:us-east-1:111122223333:key/key-${n}` } });
  for (const n of [0, 1, 2, 3]) items.push(item('AWS::DynamoDB::Table', `table-${n}`, { tableName: `table-${n}`, ...sse(n) }));
  items.push(item('AWS::SecretsManager::Secret', 'secret-arn', { KMSKeyId: 'arn:aws:kms:us-east-1:111122223333:key/key-1' }));
  items.push(item('AWS::SecretsManager::Secret', 'secret-id', { KMSKeyId: 'key-1' }));
  items.push(item('AWS::SecretsManager::Secret', 'secret-own', { KMSKeyId: 'key-2' }));
  const { resources } = normalizeConfigItems(items, SCOPE);
  const byName = new Map(resources.map((r) => [r.name, props(r)]));
  const managed = (n: string) => (byName.get(n)!.encryption as { customer_managed: unknown }).customer_managed;
  assert.equal(managed('table-0'), true);
  assert.equal(managed('table-1'), false);
  assert.equal(managed('table-2'), true);
  assert.ok(typeof managed('table-3') === 'object', 'a key not in the inventory is Unknown');
  assert.equal(byName.get('secret-arn')!.customer_managed_key, false);
  assert.equal(byName.get('secret-id')!.customer_managed_key, false);
  assert.equal(byName.get('secret-own')!.customer_managed_key, true);
});
