// Intrinsic functions, short (YAML tags) and long (JSON) forms: resolved when their inputs are
// known, Unknown otherwise, and references to resources kept as ref:<LogicalId> strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../src/model/resource.js';
import { cidrSubnets } from '../src/sources/cloudformation/intrinsics.js';
import { findCycles } from '../src/sources/cloudformation/index.js';
import { loadFixture } from './helpers/cloudformation.js';

const yaml = loadFixture('intrinsics.yaml');
const json = loadFixture('intrinsics.json');

/** Every tag value of a resource, Unknowns shown as `?` + reason. */
function tagValues(tags: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, isUnknown(v) ? `?${v.$unknown}` : String(v)]));
}

test('both fixtures load without a warning', () => {
  assert.deepEqual(yaml.errors, []);
  assert.deepEqual(json.errors, []);
});

test('short forms: every tag of Showcase resolves to its expected value or stays Unknown', () => {
  const tags = tagValues(yaml.get('Showcase').tags);
  assert.deepEqual(tags, {
    'ref-param': 'prod',
    'ref-number': '30',
    'ref-no-default': '?parameter Tier has no default',
    'ref-noecho': '?NoEcho parameter DbPassword',
    'ref-ssm': '?parameter Latest is read from SSM at deploy time',
    'ref-resource': 'ref:Key',
    'ref-region': '?AWS::Region is known only at deploy time',
    'ref-urlsuffix': 'amazonaws.com',
    'getatt-dotted': 'ref:Key.Arn',
    'getatt-list': 'ref:Key.KeyId',
    'sub-string': 'arn:aws:s3:::prod-data/${Literal}',
    'sub-map': 'large.amazonaws.com',
    'sub-resource': 'ref:Key.Arn/alias',
    'sub-unknown': '?Fn::Sub of AWS::AccountId is known only at deploy time',
    join: 'prod-prodx-b',
    select: 'b',
    'select-azs': '?Fn::Select from Fn::GetAZs: Availability Zones are known only at deploy time',
    'select-list-parameter': 'subnet-b',
    'if-known': 'yes-prod',
    'if-unknown': '?Fn::If on condition HasTier (Fn::Equals on parameter Tier has no default)',
    'if-and-false': 'b',
    'if-or-true': 'a',
    'if-or-unknown': '?Fn::If on condition DevOrTier (Fn::Or on Fn::Equals on parameter Tier has no default)',
    'if-same-branches': 'same',
    findinmap: 'small',
    import: '?imported value shared-vpc-id',
    base64: 'aGVsbG8=',
    cidr: '10.0.2.0/24',
    // AWS::NoValue removed the Value key; the list item under a false condition is gone.
    novalue: '',
    nested: 'prod/x',
    'dynamic-reference': '?dynamic reference (ssm)',
  });
  assert.equal(yaml.get('Showcase').properties.bucket_name, 'prod-showcase-aws');
});

test('short forms: list-valued intrinsics and AWS::NoValue in an unknown branch', () => {
  const lists = yaml.get('Lists').properties;
  assert.deepEqual(lists.managed_policy_arns, ['arn:a', 'arn:b']);
  assert.ok(isUnknown(lists.permissions_boundary), 'an !If on an unknown condition stays Unknown, never null');
});

test('tags behind an unknown condition are kept as Unknown: they may be there', () => {
  assert.deepEqual(tagValues(yaml.get('ConditionalTags').tags), { owner: 'team', tier: '?tag tier depends on a condition' });
  assert.equal(yaml.at('ConditionalTags', 'tags.tier')?.line, yaml.line('{ Key: tier, Value: gold }'));
  assert.deepEqual(tagValues(yaml.get('WholeTags').tags), { owner: 'a', cost: '?tag cost depends on a condition' });
  assert.equal(yaml.at('WholeTags', 'tags.cost')?.line, yaml.line('{ Key: cost, Value: x }'));
});

test('a policy that names one resource or another by an unknown condition makes both policies Unknown', () => {
  for (const name of ['PickA', 'PickB']) {
    assert.ok(isUnknown(yaml.get(name).properties.policy), name);
    assert.equal(yaml.at(name, 'properties.policy')?.line, yaml.line('  PickPolicy:'));
  }
});

test('a resource whose Condition is false is not deployed; an unknown one is kept', () => {
  const names = yaml.resources.map((r) => r.name);
  assert.ok(!names.includes('NotDeployed'));
  assert.ok(names.includes('MaybeDeployed'));
});

test('long forms: every tag of Showcase resolves to its expected value or stays Unknown', () => {
  assert.deepEqual(tagValues(json.get('Showcase').tags), {
    ref: 'prod',
    'ref-resource': 'ref:Key',
    getatt: 'ref:Key.Arn',
    'sub-string': 'prod-aws',
    'sub-map': 'prod-ref:Key.KeyId',
    'select-split': 'x',
    'if-and': 'both',
    'if-or': '?Fn::If on condition Either (Fn::Or on Fn::Equals on parameter Tier has no default)',
    findinmap: 'large',
    'findinmap-default': 'tiny',
    import: '?imported value prod-vpc',
    base64: 'cHJvZA==',
    cidr: '192.168.0.128/25',
    azs: '?Fn::Select from Fn::GetAZs: Availability Zones are known only at deploy time',
    length: '3',
    'to-json': '{"a":[1,"prod"]}',
  });
  assert.equal(json.get('Showcase').properties.bucket_name, 'prod-showcase');
});

test('a value from an intrinsic is located at the line of its key, in YAML and in JSON', () => {
  assert.equal(yaml.at('Showcase', 'tags.sub-map')?.line, yaml.line('- Key: sub-map'));
  assert.equal(yaml.at('Showcase', 'tags.sub-map')?.endLine, yaml.line('Name: !FindInMap'));
  assert.equal(yaml.at('Showcase', 'properties.bucket_name')?.line, yaml.line('BucketName: !Sub'));
  assert.equal(json.at('Showcase', 'tags.cidr')?.line, json.line('"Key": "cidr"'));
  assert.equal(json.at('Showcase', 'properties.bucket_name')?.line, json.line('"BucketName"'));
});

test('Fn::Cidr carves IPv4 blocks as CloudFormation does', () => {
  assert.deepEqual(cidrSubnets('10.0.0.0/16', 3, 8), ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
  assert.deepEqual(cidrSubnets('10.1.2.3/24', 2, 4), ['10.1.2.0/28', '10.1.2.16/28']);
  assert.equal(cidrSubnets('10.0.0.0/24', 4, 8), undefined, 'four /24s do not fit in a /24');
  assert.equal(cidrSubnets('10.0.0.300/16', 1, 8), undefined);
});

test('findCycles reports each cycle once and ignores chains', () => {
  const edges = new Map([
    ['A', new Set(['B'])],
    ['B', new Set(['C'])],
    ['C', new Set(['A'])],
    ['D', new Set(['A', 'D'])],
  ]);
  assert.deepEqual(findCycles(edges), [['A', 'B', 'C'], ['D']]);
  assert.deepEqual(findCycles(new Map([['A', new Set(['B'])], ['B', new Set(['C'])]])), []);
});
