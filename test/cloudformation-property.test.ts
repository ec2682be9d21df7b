// Property tests (fast-check): generated templates, with known and unknown resource types,
// random property trees and random intrinsics (valid or not), in JSON and in YAML with short
// forms, whole or cut anywhere. The loader never throws, never reports an internal error, and
// every line it records or reports is a line of the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadTemplate } from '../src/sources/cloudformation/index.js';
import type { FileProvenance, LoadResult } from '../src/model/resource.js';
import { locationEntries } from '../src/model/locations.js';

const IDS = ['Bucket', 'Policy', 'Role', 'Key', 'Fn', 'Group', 'Logs', 'Queue'];
const TYPES = [
  'AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::KMS::Key',
  'AWS::Lambda::Function', 'AWS::Lambda::Url', 'AWS::Lambda::Permission', 'AWS::Logs::LogGroup', 'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress', 'AWS::SQS::Queue', 'AWS::SQS::QueuePolicy', 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster',
  'AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage', 'AWS::ElasticLoadBalancingV2::Listener', 'AWS::OpenSearchService::Domain',
  'AWS::Serverless::Function', 'AWS::Made::Up',
];
// Property names the normalizers and links read, so generated trees reach them.
const KEYS = [
  'BucketEncryption', 'ServerSideEncryptionConfiguration', 'ServerSideEncryptionByDefault', 'SSEAlgorithm', 'EnableKeyRotation',
  'KeyPolicy', 'PolicyDocument', 'Statement', 'Effect', 'Principal', 'AWS', 'Action', 'Resource', 'Condition', 'Bool', 'Bucket',
  'Roles', 'Policies', 'PolicyName', 'Tags', 'Key', 'Value', 'Environment', 'Variables', 'DB_PASSWORD', 'SecurityGroupIngress',
  'SecurityGroupEgress', 'IpProtocol', 'FromPort', 'CidrIp', 'GroupId', 'FunctionName', 'TargetFunctionArn', 'AuthType',
  'LogGroupName', 'LoggingConfig', 'LogGroup', 'MasterUserPassword', 'DBClusterIdentifier', 'MethodSettings', 'LoggingLevel',
  'CachingEnabled', 'DefaultActions', 'Type', 'RedirectConfig', 'Protocol', 'Queues', 'ManagedPolicyArns', 'RouteSettings',
  'LogPublishingOptions', 'AUDIT_LOGS', 'Enabled', 'VpcConfig', 'SubnetIds', 'RetentionInDays', '__proto__',
];
const REFS = [...IDS, 'Param', 'Secret', 'AWS::NoValue', 'AWS::Region', 'AWS::Partition', 'AWS::AccountId', 'Nowhere'];
const CONDITIONS = ['IsProd', 'Loop', 'Missing'];

const scalar = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -5, max: 70000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('*', 'true', 'false', '0.0.0.0/0', 'aws:kms', 'NONE', 'HTTPS', 'redirect', '/aws/lambda/x', '${Param}-${Bucket.Arn}', '${!x}', '{{resolve:secretsmanager:s}}', 'ref:Bucket'),
);

const { value } = fc.letrec<{ value: unknown; list: unknown[]; map: Record<string, unknown>; intrinsic: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 5 }, scalar, tie('list'), tie('map'), tie('intrinsic')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
  intrinsic: fc.oneof(
    fc.constantFrom(...REFS).map((r) => ({ Ref: r })),
    fc.tuple(fc.constantFrom(...IDS, 'Nowhere'), fc.constantFrom('Arn', 'GroupId', 'Outputs.X')).map(([a, b]) => ({ 'Fn::GetAtt': [a, b] })),
    fc.oneof(scalar, fc.tuple(scalar, fc.dictionary(fc.constantFrom('A', 'Param'), tie('value'), { maxKeys: 2 }))).map((a) => ({ 'Fn::Sub': a })),
    fc.tuple(scalar, tie('value')).map((a) => ({ 'Fn::Join': a })),
    fc.tuple(fc.oneof(fc.integer({ min: -1, max: 4 }), scalar), tie('value')).map((a) => ({ 'Fn::Select': a })),
    fc.tuple(scalar, tie('value')).map((a) => ({ 'Fn::Split': a })),
    fc.tuple(fc.constantFrom(...CONDITIONS), tie('value'), tie('value')).map((a) => ({ 'Fn::If': a })),
    fc.tuple(tie('value'), tie('value')).map((a) => ({ 'Fn::Equals': a })),
    fc.array(tie('value'), { maxLength: 3 }).map((a) => ({ 'Fn::And': a })),
    fc.array(tie('value'), { maxLength: 2 }).map((a) => ({ 'Fn::Not': a })),
    fc.constantFrom(...CONDITIONS).map((c) => ({ Condition: c })),
    fc.tuple(fc.constantFrom('Map', 'Nope'), tie('value'), scalar).map((a) => ({ 'Fn::FindInMap': a })),
    tie('value').map((a) => ({ 'Fn::ImportValue': a })),
    tie('value').map((a) => ({ 'Fn::Base64': a })),
    fc.tuple(scalar, scalar, scalar).map((a) => ({ 'Fn::Cidr': a })),
    tie('value').map((a) => ({ 'Fn::GetAZs': a })),
    tie('value').map((a) => ({ 'Fn::Unheard': a })),
  ),
}));

const resource = fc.oneof(
  { weight: 5, arbitrary: fc.record({ Type: fc.constantFrom(...TYPES), Properties: fc.oneof(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }), value), Condition: fc.constantFrom(...CONDITIONS), DependsOn: fc.constantFrom(...IDS) }, { requiredKeys: ['Type'] }) },
  { weight: 1, arbitrary: value },
);

const template = fc.record(
  {
    Parameters: fc.constant({ Param: { Type: 'String', Default: 'prod' }, Secret: { Type: 'String', NoEcho: true }, List: { Type: 'CommaDelimitedList', Default: 'a,b' } }),
    Mappings: fc.constant({ Map: { prod: { Size: 'large' } } }),
    Conditions: fc.record({ IsProd: value, Loop: fc.constant({ 'Fn::Not': [{ Condition: 'Loop' }] }) }),
    Resources: fc.oneof({ weight: 9, arbitrary: fc.dictionary(fc.constantFrom(...IDS), resource, { maxKeys: 6 }) }, { weight: 1, arbitrary: value }),
    Transform: fc.constantFrom('AWS::Serverless-2016-10-31', 'Acme::Macro'),
  },
  { requiredKeys: ['Resources'] },
);

const SHORT = new Set(['Ref', 'Condition', 'Fn::Sub', 'Fn::GetAtt', 'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::If', 'Fn::Equals', 'Fn::And', 'Fn::Not', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::Base64', 'Fn::Cidr', 'Fn::GetAZs']);

/** Block-style YAML with short-form tags for intrinsics; scalars are JSON-quoted. */
function toYaml(v: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (v === null || typeof v !== 'object') return ` ${JSON.stringify(v)}`;
  if (Array.isArray(v)) return v.length === 0 ? ' []' : v.map((x) => `\n${pad}-${toYaml(x, indent + 2)}`).join('');
  const keys = Object.keys(v);
  if (keys.length === 0) return ' {}';
  if (keys.length === 1 && SHORT.has(keys[0]!)) {
    const tag = `!${keys[0]!.replace('Fn::', '')}`;
    const arg = (v as Record<string, unknown>)[keys[0]!];
    if (tag === '!GetAtt' && Array.isArray(arg) && arg.every((a) => typeof a === 'string')) return ` ${tag} ${JSON.stringify(arg.join('.'))}`;
    // A tagged empty collection or scalar stays on the line; a tagged block goes below it.
    return ` ${tag}${toYaml(arg, indent)}`;
  }
  return keys.map((k) => `\n${pad}${JSON.stringify(k)}:${toYaml((v as Record<string, unknown>)[k], indent + 2)}`).join('');
}

function checkLines(result: LoadResult, text: string, file: string): void {
  const lines = text.split('\n').length;
  for (const e of result.errors) {
    assert.ok(!/internal error/.test(e.message), `${file}: ${e.message}`);
    assert.equal(e.file, file);
    assert.ok(e.line !== undefined && e.line >= 1 && e.line <= lines, `${file}: error line ${e.line} of ${lines}: ${e.message}`);
  }
  for (const r of result.resources) {
    assert.equal(r.id, `${file}#${r.name}`);
    const p = r.provenance as FileProvenance;
    for (const [path, span] of [['(span)', p.span] as const, ...locationEntries(p.locations)]) {
      assert.ok(span.line >= 1 && span.line <= span.endLine && span.endLine <= lines, `${file}: ${r.name} ${path} ${JSON.stringify(span)} of ${lines} lines`);
    }
    JSON.stringify(r.properties);
  }
}

test('generated JSON templates never throw, and every line is a line of the file', () => {
  fc.assert(
    fc.property(template, (t) => {
      const text = JSON.stringify(t, null, 2);
      checkLines(loadTemplate('gen.json', text), text, 'gen.json');
    }),
    { numRuns: 300 },
  );
});

test('generated YAML templates with short forms never throw, and every line is a line of the file', () => {
  fc.assert(
    fc.property(template, (t) => {
      const text = `AWSTemplateFormatVersion: "2010-09-09"${toYaml(t)}\n`;
      checkLines(loadTemplate('gen.yaml', text), text, 'gen.yaml');
    }),
    { numRuns: 300 },
  );
});

test('templates cut or spliced anywhere never throw, and every line is a line of the file', () => {
  fc.assert(
    fc.property(template, fc.boolean(), fc.nat(), fc.nat(), fc.constantFrom('', '{', ']', ': ', '\t', '"', '!Ref', '*a', '&a ', '\n  - '), (t, asJson, cut, at, insert) => {
      const whole = asJson ? JSON.stringify(t, null, 1) : toYaml(t);
      const head = whole.slice(0, cut % (whole.length + 1));
      const text = head.slice(0, at % (head.length + 1)) + insert + head.slice(at % (head.length + 1));
      const file = asJson ? 'cut.json' : 'cut.yaml';
      checkLines(loadTemplate(file, text), text, file);
    }),
    { numRuns: 300 },
  );
});

test('loading is deterministic', () => {
  fc.assert(
    fc.property(template, (t) => {
      const text = toYaml(t);
      assert.deepEqual(loadTemplate('d.yaml', text), loadTemplate('d.yaml', text));
    }),
    { numRuns: 100 },
  );
});

test('a generated JSON template read by JSON.parse and the span scan loads exactly as the YAML reader loads it', () => {
  // The two readers share everything after the tree (resolution, spans of resolved values, the
  // secret walk, normalizers): same resources, lines and problems, file name aside.
  const named = (r: LoadResult, file: string): string => JSON.stringify(r).split(file).join('FILE');
  fc.assert(
    fc.property(template, fc.constantFrom(0, 1, 2), (t, indent) => {
      const text = JSON.stringify(t, null, indent);
      assert.equal(named(loadTemplate('gen.json', text), 'gen.json'), named(loadTemplate('gen.yaml', text), 'gen.yaml'));
    }),
    { numRuns: 300 },
  );
});
