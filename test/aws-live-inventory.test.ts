/**
 * The live inventory requests every Config type a normalizer reads: a type normalized and never
 * requested would be judged on snapshot scans only, its rules silent on every API scan.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INVENTORY_EXCLUDED, INVENTORY_TYPES, SELECT_UNSUPPORTED } from '../src/sources/aws/config.js';
import { DIRECT_TYPES, NORMALIZED_TYPES, normalizeConfigItems } from '../src/sources/aws/normalize/index.js';

const requested = new Set<string>(INVENTORY_TYPES);

test('every type a normalizer reads is requested by the live inventory, or excluded with a reason', () => {
  const missing = NORMALIZED_TYPES.filter((t) => !requested.has(t) && !(t in INVENTORY_EXCLUDED));
  assert.deepEqual(missing, [], 'normalized but never requested live: only INVENTORY_EXCLUDED, with its reason, may leave a type out');
  for (const [type, reason] of Object.entries(INVENTORY_EXCLUDED)) {
    assert.ok(NORMALIZED_TYPES.includes(type), `${type} is excluded but no normalizer reads it`);
    assert.ok(!requested.has(type), `${type} is both excluded and requested`);
    assert.ok(reason.trim().length > 10, `${type}: the exclusion needs a reason`);
  }
});

test('the inventory requests no type twice and none that no normalizer reads', () => {
  assert.equal(requested.size, INVENTORY_TYPES.length, 'a type listed twice');
  assert.deepEqual(INVENTORY_TYPES.filter((t) => !NORMALIZED_TYPES.includes(t)), []);
  for (const t of SELECT_UNSUPPORTED) assert.ok(requested.has(t), `${t}: read by the list path only, so it must be requested`);
});

test('DIRECT_TYPES are exactly the types normalizeConfigItems switches on', () => {
  const source = readFileSync(join(import.meta.dirname, '..', 'src', 'sources', 'aws', 'normalize', 'index.ts'), 'utf8');
  const cases = [...source.matchAll(/case '(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)':/g)].map((m) => m[1]);
  assert.deepEqual([...cases].sort(), [...DIRECT_TYPES].sort());
});

test('an item of each requested type is normalized, never counted among the types no rule judges', () => {
  const item = (resourceType: string, i: number) => ({
    resourceType,
    resourceId: `id-${i}`,
    resourceName: `name-${i}`,
    arn: `arn:aws:test:us-east-1:111122223333:thing/${i}`,
    accountId: '111122223333',
    awsRegion: 'us-east-1',
    configurationItemStatus: 'OK',
    configuration: '{}',
    supplementaryConfiguration: {},
  });
  const scope = { account: '111122223333', region: 'us-east-1', origin: 'config-api' };
  const { errors } = normalizeConfigItems(INVENTORY_TYPES.map(item), scope);
  assert.deepEqual(errors.filter((e) => /no rule judges/.test(e.message)), []);
  // The check can fail: a type no normalizer reads is reported.
  const other = normalizeConfigItems([item('AWS::Example::Unread', 0)], scope);
  assert.ok(other.errors.some((e) => /no rule judges were not analyzed: AWS::Example::Unread \(1\)/.test(e.message)), JSON.stringify(other.errors));
});

test('every type a normalizer looks up beside its own item (flow logs, keys, log groups) is requested', () => {
  const dir = join(import.meta.dirname, '..', 'src', 'sources', 'aws', 'normalize');
  const looked = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/(?:itemsOfType|itemByRef)\(inv, '(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)'|byName\.get\(`(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\|/g)) looked.add(m[1] ?? m[2] ?? '');
  }
  assert.ok(looked.has('AWS::EC2::FlowLog') && looked.has('AWS::KMS::Key') && looked.has('AWS::Logs::LogGroup'), [...looked].join(', '));
  assert.deepEqual([...looked].filter((t) => !requested.has(t)), []);
});
