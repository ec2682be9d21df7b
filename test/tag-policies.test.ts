/**
 * The tag policy family configured by `tags:` in .palisade.yaml (PAL-TAG-001..007): the
 * configuration reaches the rules (required keys merged with requiredTags, allowed values,
 * patterns, the classification tag), a bad pattern is refused at its line, CDK stack-level tags
 * count as CloudFormation applies them, and the live rules judge Config items the same way.
 * The template and Compose fixtures of each rule run in test/policies.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { palisade, ROOT } from './helpers/cli.js';
import { scanPaths } from './helpers/scan.js';
import { evaluate } from '../src/engine/evaluate.js';
import { normalizeConfigItems } from '../src/sources/aws/normalize/index.js';

const STACK_TAGS = 'test/fixtures/cdk-stack-tags/cdk.out';

interface Report {
  findings: Array<{ ruleId: string; resource: { name: string }; location?: { startLine: number }; message: string; severity: string }>;
  errors: Array<{ file: string; line?: number; message: string }>;
}

const tagFindings = (r: { findings: Report['findings'] }) =>
  r.findings.filter((f) => f.ruleId.startsWith('PAL-TAG-')).map((f) => `${f.ruleId} ${f.resource.name}`).sort();

test('CDK: stack-level tags (manifest only) count on every resource; Tags.of() tags are in the template', async () => {
  const r = await scanPaths([STACK_TAGS], ['owner', 'environment']);
  assert.deepEqual(r.errors, []);
  // Bucket A has environment from Tags.of(a); both have owner and DataClassification from the stack.
  assert.deepEqual(tagFindings(r), [
    'PAL-TAG-001 B08E7C7AF',
    'PAL-TAG-006 ACCC8ACD5',
    'PAL-TAG-006 B08E7C7AF',
    'PAL-TAG-007 ACCC8ACD5',
    'PAL-TAG-007 B08E7C7AF',
  ]);
  assert.match(r.findings.find((f) => f.ruleId === 'PAL-TAG-001')!.message, /lacks required tags: environment\.$/);
  // The stack's owner tag is the findings' owner too.
  assert.ok(r.findings.every((f) => f.owner === 'platform'));
});

test('tags: in .palisade.yaml drives the family; tags.required adds to requiredTags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-tags-'));
  cpSync(join(ROOT, 'policies/tagging/values/allowed/fail-compose.yaml'), join(dir, 'compose.yaml'));
  writeFileSync(
    join(dir, 'app.yaml'),
    [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      Tags:',
      '        - { Key: Environment, Value: qa }',
      '        - { Key: CostCenter, Value: "12" }',
      '        - { Key: Owner, Value: data }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, '.palisade.yaml'),
    ['requiredTags: [team]', 'tags:', '  required: [owner]', '  allowed: { Environment: [dev, staging, prod] }', "  pattern: { CostCenter: '^[0-9]{4}$' }", ''].join('\n'),
  );
  const r = palisade(['scan', '.', '--json', '-', '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  const got = report.findings.filter((f) => f.ruleId.startsWith('PAL-TAG-') || f.ruleId === 'PAL-COMPOSE-033').map((f) => `${f.ruleId} ${f.resource.name}:${f.location?.startLine} ${f.message}`).sort();
  assert.deepEqual(got, [
    "PAL-COMPOSE-033 web:2 Service 'web' lacks the required labels: team, owner.",
    "PAL-TAG-001 Data:3 aws.s3.bucket 'Data' lacks required tags: team.",
    "PAL-TAG-002 Data:7 Data tag Environment is 'qa', not one of: dev, staging, prod.",
    "PAL-TAG-002 web:5 web label Environment is 'production', not one of: dev, staging, prod.",
    'PAL-TAG-003 Data:8 Data: CostCenter is \'12\', which does not match ^[0-9]{4}$.',
    "PAL-TAG-005 Data:9 Data: the key 'Owner' differs only by case from the configured 'owner'.",
  ]);
});

test('a tags.pattern that is not RE2 (or not a regular expression) is a configuration error at its line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-tags-'));
  writeFileSync(join(dir, '.palisade.yaml'), ['tags:', '  pattern:', "    Owner: '^(?!root)'", "    CostCenter: '[0-9'", ''].join('\n'));
  const r = palisade(['scan', '.'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.palisade\.yaml:3: config: \/tags\/pattern\/Owner: lookaround and backreferences are not RE2/);
  assert.match(r.stderr, /\.palisade\.yaml:4: config: \/tags\/pattern\/CostCenter: not a valid regular expression/);
  writeFileSync(join(dir, '.palisade.yaml'), ['tags:', '  alowed: {}', ''].join('\n'));
  assert.match(palisade(['scan', '.'], dir).stderr, /\.palisade\.yaml:2: config: \/tags: unknown key 'alowed'/);
});

test('a configured classification tag replaces DataClassification', async () => {
  const file = 'policies/aws/tagging/confidential_logging/fail-no-logging.yaml';
  const stock = await scanPaths([file]);
  assert.ok(stock.findings.some((f) => f.ruleId === 'PAL-TAG-007'));
  const other = await scanPaths([file], [], { classification: { key: 'Sensitivity', confidential: ['high'] } });
  assert.ok(!other.findings.some((f) => f.ruleId === 'PAL-TAG-006' || f.ruleId === 'PAL-TAG-007'), 'DataClassification no longer classifies');
});

// Live: the same rules on Config items (snapshot shape, tags as the item's `tags`).
const queue = (name: string, tags: Record<string, string>) => ({
  version: '1.3',
  accountId: '111122223333',
  configurationItemCaptureTime: '2026-11-30T05:58:12.332Z',
  configurationItemStatus: 'OK',
  arn: `arn:aws:sqs:us-east-1:111122223333:${name}`,
  resourceType: 'AWS::SQS::Queue',
  resourceId: name,
  resourceName: name,
  awsRegion: 'us-east-1',
  configuration: JSON.stringify({ QueueUrl: `https://sqs.us-east-1.amazonaws.com/111122223333/${name}`, QueueName: name, SqsManagedSseEnabled: true }),
  supplementaryConfiguration: {},
  tags,
});

test('live: allowed values, patterns, empty values, key case and classification judge Config items', async () => {
  const { resources, errors } = normalizeConfigItems(
    [
      queue('bad', { Environment: 'prd', CostCenter: 'x1', owner: '', Team: 'a', team: 'b', DataClassification: 'confidential' }),
      queue('good', { Environment: 'prod', CostCenter: '1234', owner: 'jobs', DataClassification: 'internal' }),
    ],
    { account: '111122223333', region: 'us-east-1', origin: 'config-api' },
  );
  assert.deepEqual(errors, []);
  const results = await evaluate(resources, { required_tags: ['owner'], tags: { allowed: { Environment: ['dev', 'prod'] }, pattern: { CostCenter: '^[0-9]{4}$' } } });
  const got = results
    .filter((r) => r.rule.startsWith('tagging.') || r.rule.startsWith('aws.tagging.'))
    .map((r) => `${r.rule} ${r.resource.split(':').pop()} ${r.path.join('.')}`)
    .sort();
  assert.deepEqual(got, [
    'aws.tagging.confidential_cmk bad properties.encryption.kms_key_id',
    'tagging.keys.case bad tags.team',
    'tagging.values.allowed bad tags.Environment',
    'tagging.values.empty bad tags.owner',
    'tagging.values.pattern bad tags.CostCenter',
  ]);
});

test('the README documents the tags: section it ships', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const id of ['PAL-TAG-002', 'PAL-TAG-006']) assert.match(readme, new RegExp(id));
  assert.match(readme, /classification: \{ key: DataClassification/);
});
