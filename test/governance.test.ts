/**
 * Governance: stable fingerprints, waivers, inline suppressions, baselines, the shipped
 * configuration schema and `init`. Runs the real pipeline (loaders + compiled wasm).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type ScanResult } from '../src/scan.js';
import { parseConfig } from '../src/config/load.js';
import { applyWaivers, type Waiver } from '../src/findings/waivers.js';
import { globMatch } from '../src/findings/glob.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { schemaText } from '../scripts/build-schema.js';
import { starterConfig } from '../src/commands/init.js';
import { loadCatalog } from '../src/engine/catalog.js';
import { palisade } from './helpers/cli.js';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const COMPOSE = `services:
  web:
    image: nginx:1.25
    user: root
  db:
    image: postgres:16
    privileged: true
`;

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
`;

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-gov-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const run = (cwd: string, extra: Partial<Parameters<typeof scan>[0]> = {}) => scan({ paths: ['.'], requiredTags: [], cwd, ...extra });
const prints = (r: ScanResult) => r.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort();
const find = (r: ScanResult, rule: string, name: string) => r.findings.find((f) => f.ruleId === rule && f.resource.name === name);

test('fingerprints survive renaming the file and inserting ten lines above the resource', async () => {
  const dir = tempDir({ 'app/compose.yaml': COMPOSE, 'infra/storage.yaml': TEMPLATE });
  const before = await run(dir);
  assert.ok(find(before, 'PAL-COMPOSE-001', 'db') && find(before, 'PAL-S3-006', 'Logs'));
  renameSync(join(dir, 'app/compose.yaml'), join(dir, 'app/docker-compose.yml'));
  writeFileSync(join(dir, 'app/docker-compose.yml'), COMPOSE.replace('services:\n', `services:\n${'  # moved\n'.repeat(10)}`));
  renameSync(join(dir, 'infra/storage.yaml'), join(dir, 'infra/buckets.yaml'));
  writeFileSync(join(dir, 'infra/buckets.yaml'), TEMPLATE.replace('Resources:\n', `Resources:\n${'  # moved\n'.repeat(10)}`));
  const after = await run(dir);
  assert.equal(find(after, 'PAL-COMPOSE-001', 'db')!.location!.startLine, find(before, 'PAL-COMPOSE-001', 'db')!.location!.startLine + 10);
  assert.equal(find(after, 'PAL-S3-006', 'Logs')!.location!.file, 'infra/buckets.yaml');
  assert.deepEqual(prints(after), prints(before));
});

test('fingerprints change with the attribute or the resource', async () => {
  const dir = tempDir({ 'app/compose.yaml': COMPOSE, 'infra/storage.yaml': TEMPLATE });
  const before = await run(dir);
  writeFileSync(join(dir, 'app/compose.yaml'), COMPOSE.replace('  db:', '  database:'));
  writeFileSync(join(dir, 'infra/storage.yaml'), TEMPLATE.replace('Logs:', 'Archive:'));
  const renamed = await run(dir);
  assert.notEqual(find(renamed, 'PAL-COMPOSE-001', 'database')!.fingerprint, find(before, 'PAL-COMPOSE-001', 'db')!.fingerprint);
  assert.notEqual(find(renamed, 'PAL-S3-006', 'Archive')!.fingerprint, find(before, 'PAL-S3-006', 'Logs')!.fingerprint);
  // The same rule on two attributes of one resource: two fingerprints.
  const web = before.findings.filter((f) => f.resource.name === 'web');
  assert.equal(new Set(web.map((f) => f.fingerprint)).size, web.length);
  // A Compose project is its folder: the same service in another project is another resource.
  const other = tempDir({ 'other/compose.yaml': COMPOSE });
  assert.notEqual(find(await run(other), 'PAL-COMPOSE-001', 'db')!.fingerprint, find(before, 'PAL-COMPOSE-001', 'db')!.fingerprint);
});

test('globs: * and ? over ids; with slash, * stays in one folder and ** crosses', () => {
  assert.ok(globMatch('App/*/Resource', 'App/Stack/Bucket/Resource'));
  assert.ok(globMatch('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2024'));
  assert.ok(!globMatch('PAL-S3-00?', 'PAL-S3-0010'));
  assert.ok(globMatch('test/**', 'test/a/b.yaml', { slash: true }));
  assert.ok(globMatch('**/fixtures/*.yaml', 'fixtures/x.yaml', { slash: true }));
  assert.ok(!globMatch('*.yaml', 'a/b.yaml', { slash: true }));
  // Linear in practice: a hostile pattern against a long id returns at once.
  assert.ok(!globMatch('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)));
});

const waiver = (w: Partial<Waiver>): Waiver => ({ rule: 'PAL-COMPOSE-001', resource: '*#services.db', reason: 'lab only', expires: '2030-06-30', owner: 'ops', ...w });

test('an active waiver suppresses and keeps the finding with reason, owner and expiry, in JSON and SARIF', async () => {
  const dir = tempDir({ 'app/compose.yaml': COMPOSE });
  const r = await run(dir, { waivers: [waiver({})], now: new Date('2030-01-01T12:00:00Z') });
  const f = find(r, 'PAL-COMPOSE-001', 'db')!;
  assert.equal(f.suppressed, 'lab only');
  assert.deepEqual(f.suppression, { kind: 'waiver', reason: 'lab only', owner: 'ops', expires: '2030-06-30' });
  assert.equal(r.summary.bySeverity.critical, 0);
  const json = JSON.parse(formatJson(r));
  assert.equal(json.findings.find((x: { ruleId: string }) => x.ruleId === 'PAL-COMPOSE-001').suppression.owner, 'ops');
  const sarif = JSON.parse(formatSarif(r));
  const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'PAL-COMPOSE-001');
  assert.deepEqual(result.suppressions, [{ kind: 'external', status: 'accepted', justification: 'lab only', properties: { owner: 'ops', expires: '2030-06-30' } }]);
  // The construct path, logical id and ARN are matched too (here: the service name).
  const byName = await run(dir, { waivers: [waiver({ resource: 'db' })], now: new Date('2030-01-01') });
  assert.equal(find(byName, 'PAL-COMPOSE-001', 'db')!.suppressed, 'lab only');
});

test('a waiver holds through its expiry date and not after; the report says it expired', async () => {
  const dir = tempDir({ 'app/compose.yaml': COMPOSE });
  const onTheDay = await run(dir, { waivers: [waiver({})], now: new Date('2030-06-30T23:59:00Z') });
  assert.equal(find(onTheDay, 'PAL-COMPOSE-001', 'db')!.suppressed, 'lab only');
  assert.ok(onTheDay.errors.some((e) => e.level === 'warning' && /expires on 2030-06-30 \(today\)/.test(e.message)));
  const after = await run(dir, { waivers: [waiver({})], now: new Date('2030-07-01T00:00:01Z') });
  const f = find(after, 'PAL-COMPOSE-001', 'db')!;
  assert.equal(f.suppressed, null);
  assert.equal(f.expiredWaiver?.expires, '2030-06-30');
  assert.equal(after.summary.bySeverity.critical, 1);
  assert.ok(after.errors.some((e) => /expired on 2030-06-30/.test(e.message)));
  assert.equal(JSON.parse(formatSarif(after)).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'PAL-COMPOSE-001').properties.expiredWaiver.expires, '2030-06-30');
});

test('waiver warnings: expiring within 14 days, and matching nothing', () => {
  const findings = [
    { ruleId: 'PAL-S3-001', resource: { id: 'a.yaml#B', name: 'B', type: 'aws.s3.bucket' } },
    { ruleId: 'PAL-S3-007', resource: { id: 'a.yaml#B', name: 'B', type: 'aws.s3.bucket' }, suppressed: 'inline reason' },
  ] as never[];
  const now = new Date('2030-01-01');
  const { warnings } = applyWaivers(findings, [
    waiver({ rule: 'PAL-S3-001', resource: 'B', expires: '2030-01-15', source: { file: '.palisade.yaml', line: 7 } }),
    waiver({ rule: 'PAL-S3-001', resource: 'B', expires: '2030-01-16' }),
    waiver({ rule: 'PAL-S3-002', resource: 'B', source: { file: '.palisade.yaml', line: 12 } }),
    waiver({ rule: 'PAL-S3-007', resource: 'B', source: { file: '.palisade.yaml', line: 20 } }),
  ], { now });
  assert.deepEqual(warnings.map((w) => [w.line, w.message]), [
    [7, 'waiver for PAL-S3-001 on B (owner ops) expires on 2030-01-15 (in 14 days)'],
    [12, 'waiver for PAL-S3-002 on B (owner ops) matches no finding: remove it'],
  ]);
});

test('inline Compose comments: above the service or on the line, with a reason; none without one', async () => {
  const text = `services:
  web:
    image: nginx:1.25
    user: root  # palisade:ignore PAL-COMPOSE-013 binds port 80 as root
  # palisade:ignore PAL-COMPOSE-001,PAL-COMPOSE-013 throwaway lab database
  db:
    image: postgres:16
    privileged: true
  cache:
    image: redis:7
    # palisade:ignore PAL-COMPOSE-013
    user: root
`;
  const dir = tempDir({ 'app/compose.yaml': text });
  const r = await run(dir);
  assert.equal(find(r, 'PAL-COMPOSE-013', 'web')!.suppressed, 'binds port 80 as root');
  assert.deepEqual(find(r, 'PAL-COMPOSE-001', 'db')!.suppression, { kind: 'inline', via: 'compose-comment', reason: 'throwaway lab database', source: { file: 'app/compose.yaml', line: 5 } });
  assert.equal(find(r, 'PAL-COMPOSE-013', 'cache')!.suppressed, null);
  assert.deepEqual(r.errors.filter((e) => e.level === 'error').map((e) => [e.file, e.line]), [['app/compose.yaml', 11]]);
  assert.match(r.errors.find((e) => e.line === 11)!.message, /has no reason/);
  // Another rule on the same line is not suppressed.
  assert.equal(find(r, 'PAL-COMPOSE-011', 'web')!.suppressed, null);
  const sarif = JSON.parse(formatSarif(r)).runs.flatMap((run: { results: unknown[] }) => run.results).find((x: { ruleId: string; properties: { resource: string } }) => x.ruleId === 'PAL-COMPOSE-013' && x.properties.resource.endsWith('web'));
  assert.equal(sarif.suppressions[0].kind, 'inSource');
  // --no-inline-suppressions: none of them counts.
  const strict = await run(dir, { inlineSuppressions: false });
  assert.equal(strict.findings.filter((f) => f.suppressed).length, 0);
});

test('CloudFormation Metadata: palisade ignore, cdk_nag and checkov through the mapping table', async () => {
  const template = `Resources:
  Own:
    Type: AWS::S3::Bucket
    Metadata:
      palisade:
        ignore:
          - { id: PAL-S3-006, reason: TLS is enforced by the access point policy }
  Nag:
    Type: AWS::S3::Bucket
    Metadata:
      cdk_nag:
        rules_to_suppress:
          - { id: AwsSolutions-S1, reason: access logs are the central trail }
          - { id: AwsSolutions-S99, reason: not one of ours }
  Checkov:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - { id: CKV_AWS_21, comment: versioning is not wanted on scratch data }
          - { id: CKV_AWS_18 }
  NoReason:
    Type: AWS::S3::Bucket
    Metadata:
      palisade:
        ignore:
          - { id: PAL-S3-006 }
`;
  const dir = tempDir({ 'stack.yaml': template });
  const r = await run(dir);
  assert.equal(find(r, 'PAL-S3-006', 'Own')!.suppressed, 'TLS is enforced by the access point policy');
  assert.equal(find(r, 'PAL-S3-006', 'Nag')!.suppressed, null);
  assert.deepEqual(find(r, 'PAL-S3-008', 'Nag')!.suppression, { kind: 'inline', via: 'cdk-nag', foreignId: 'AwsSolutions-S1', reason: 'access logs are the central trail', source: { file: 'stack.yaml', line: 13 } });
  assert.deepEqual(find(r, 'PAL-S3-007', 'Checkov')!.suppression?.source, { file: 'stack.yaml', line: 20 });
  assert.equal(find(r, 'PAL-S3-008', 'Checkov')!.suppressed, null);
  assert.equal(find(r, 'PAL-S3-006', 'NoReason')!.suppressed, null);
  // Each problem is reported at its own entry's line, not the resource's.
  const error = r.errors.find((e) => e.level === 'error')!;
  assert.deepEqual([error.file, error.line], ['stack.yaml', 27]);
  assert.match(error.message, /NoReason: Metadata.palisade.ignore\[0\] \(PAL-S3-006\) has no reason/);
  const warning = r.errors.find((e) => e.level === 'warning' && /CKV_AWS_18/.test(e.message))!;
  assert.deepEqual([warning.file, warning.line], ['stack.yaml', 21]);
  assert.match(warning.message, /Checkov: checkov suppression of CKV_AWS_18 has no comment/);

  // The same in a JSON template (what cdk.out holds), with the bad entry second in its list.
  const json = {
    Resources: {
      Bucket: {
        Type: 'AWS::S3::Bucket',
        Metadata: { palisade: { ignore: [{ id: 'PAL-S3-008', reason: 'central trail' }, { id: 'PAL-S3-007', reason: '  ' }] } },
      },
    },
  };
  const jdir = tempDir({ 'stack.template.json': JSON.stringify(json, null, 2) });
  const jr = await run(jdir);
  const jerror = jr.errors.find((e) => e.level === 'error')!;
  const lines = JSON.stringify(json, null, 2).split('\n');
  const itemLine = lines.findIndex((l) => l.includes('PAL-S3-007')) ;
  // The entry's object starts on the line before its "id" key.
  assert.equal(lines[itemLine - 1]!.trim(), '{');
  assert.deepEqual([jerror.file, jerror.line], ['stack.template.json', itemLine]);
  assert.match(jerror.message, /ignore\[1\] \(PAL-S3-007\) has no reason/);
  assert.deepEqual(find(jr, 'PAL-S3-008', 'Bucket')!.suppression?.source, { file: 'stack.template.json', line: itemLine - 4 });
});

/**
 * The foreign ids the suppression map may name, checked by hand against the tools' own rule
 * lists: cdk-nag's AwsSolutions pack (src/packs/aws-solutions.ts, RULES.md; AwsSolutions-SNS2 was
 * removed there) and checkov's CloudFormation checks (checkov/cloudformation/checks/resource/aws;
 * CKV_AWS_1 and CKV_AWS_145 exist for Terraform and Serverless only, so never appear in a
 * template's Metadata). Each note is what the foreign check judges, in our words.
 */
const CHECKED_IDS: Record<'cdk-nag' | 'checkov', Record<string, string>> = {
  'cdk-nag': {
    'AwsSolutions-S1': 'bucket server access logs',
    'AwsSolutions-S2': 'bucket public access blocked',
    'AwsSolutions-S10': 'bucket requires TLS',
    'AwsSolutions-IAM5': 'wildcard permissions',
    'AwsSolutions-KMS5': 'symmetric key rotation',
    'AwsSolutions-SQS2': 'queue server-side encryption',
    'AwsSolutions-RDS2': 'storage encryption',
    'AwsSolutions-RDS3': 'multi-AZ instance',
    'AwsSolutions-RDS6': 'Aurora IAM authentication',
    'AwsSolutions-RDS10': 'deletion protection',
    'AwsSolutions-DDB3': 'point-in-time recovery',
    'AwsSolutions-EC23': 'security group open to 0.0.0.0/0 or ::/0',
    'AwsSolutions-EC26': 'unencrypted EBS volumes',
    'AwsSolutions-L1': 'latest Lambda runtime',
    'AwsSolutions-APIG1': 'API access logging',
    'AwsSolutions-OS2': 'OpenSearch node-to-node encryption',
    'AwsSolutions-OS8': 'OpenSearch encryption at rest',
    'AwsSolutions-SMG4': 'secret rotation',
  },
  checkov: {
    CKV_AWS_3: 'EBS volume encryption',
    CKV_AWS_5: 'Elasticsearch encryption at rest',
    CKV_AWS_6: 'Elasticsearch node-to-node encryption',
    CKV_AWS_7: 'KMS rotation',
    CKV_AWS_16: 'RDS encryption',
    CKV_AWS_17: 'RDS publicly accessible',
    CKV_AWS_18: 'S3 access logs',
    CKV_AWS_20: 'S3 public READ ACL',
    CKV_AWS_21: 'S3 versioning',
    CKV_AWS_23: 'security group rule description',
    CKV_AWS_24: 'ingress 0.0.0.0/0 to port 22',
    CKV_AWS_25: 'ingress 0.0.0.0/0 to port 3389',
    CKV_AWS_26: 'SNS encryption',
    CKV_AWS_27: 'SQS encryption',
    CKV_AWS_28: 'DynamoDB point-in-time recovery',
    CKV_AWS_35: 'CloudTrail KMS encryption',
    CKV_AWS_36: 'CloudTrail log file validation',
    CKV_AWS_40: 'IAM policies only on groups or roles',
    CKV_AWS_45: 'secrets in Lambda environment',
    CKV_AWS_51: 'ECR immutable tags',
    CKV_AWS_53: 'S3 BlockPublicAcls',
    CKV_AWS_54: 'S3 BlockPublicPolicy',
    CKV_AWS_55: 'S3 IgnorePublicAcls',
    CKV_AWS_56: 'S3 RestrictPublicBuckets',
    CKV_AWS_57: 'S3 public WRITE ACL',
    CKV_AWS_62: 'IAM full administrative policy',
    CKV_AWS_63: 'IAM "*" actions',
    CKV_AWS_66: 'log group retention',
    CKV_AWS_67: 'CloudTrail in all regions',
    CKV_AWS_73: 'API Gateway X-Ray',
    CKV_AWS_76: 'API Gateway access logging',
    CKV_AWS_83: 'Elasticsearch enforces HTTPS',
    CKV_AWS_115: 'Lambda function-level concurrency',
    CKV_AWS_116: 'Lambda dead-letter queue',
    CKV_AWS_149: 'secret encrypted with a customer key',
    CKV_AWS_157: 'RDS multi-AZ',
    CKV_AWS_158: 'log group KMS encryption',
    CKV_AWS_161: 'RDS instance IAM authentication',
    CKV_AWS_162: 'RDS cluster IAM authentication',
    CKV_AWS_163: 'ECR scan on push',
    CKV_AWS_363: 'deprecated Lambda runtime',
  },
};

test('rules/suppression-map.json names only checked foreign ids, and live, existing Palisade rules', () => {
  const map = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'rules', 'suppression-map.json'), 'utf8')) as Record<string, Record<string, string[]> | string>;
  const rules = new Map(loadCatalog().rules.map((r) => [r.id, r]));
  assert.deepEqual(Object.keys(map).filter((k) => k !== '$comment').sort(), ['cdk-nag', 'checkov']);
  for (const tool of ['cdk-nag', 'checkov'] as const) {
    const table = map[tool] as Record<string, string[]>;
    const unchecked = Object.keys(table).filter((id) => !(id in CHECKED_IDS[tool]));
    assert.deepEqual(unchecked, [], `${tool} ids not in the checked list`);
    for (const [foreign, ours] of Object.entries(table)) {
      assert.ok(ours.length > 0, `${tool} ${foreign} maps to nothing`);
      for (const id of ours) {
        assert.ok(rules.has(id), `${tool} ${foreign} -> ${id}: no such rule`);
        assert.ok(!rules.get(id)!.deprecated, `${tool} ${foreign} -> ${id}: deprecated (never fires)`);
      }
    }
  }
});

test('baseline: unchanged input passes, survives a rename and lines inserted above, fails on a new problem', async () => {
  const dir = tempDir({ 'app/compose.yaml': COMPOSE, 'infra/storage.yaml': TEMPLATE });
  const first = palisade(['scan', '--json', 'baseline.json', '-q'], dir);
  assert.equal(first.status, 1, first.stderr);
  const same = palisade(['scan', '--baseline', 'baseline.json', '--json', 'now.json', '-q'], dir);
  assert.equal(same.status, 0, same.stdout + same.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'now.json'), 'utf8'));
  assert.ok(report.findings.every((f: { baseline: string }) => f.baseline === 'existing'));
  assert.deepEqual(report.summary.baseline, { new: 0, existing: report.findings.length, fixed: 0 });

  renameSync(join(dir, 'app/compose.yaml'), join(dir, 'app/docker-compose.yml'));
  writeFileSync(join(dir, 'app/docker-compose.yml'), COMPOSE.replace('services:\n', `services:\n${'  # moved\n'.repeat(10)}`));
  renameSync(join(dir, 'infra/storage.yaml'), join(dir, 'infra/buckets.yaml'));
  assert.equal(palisade(['scan', '--baseline', 'baseline.json', '-q'], dir).status, 0);

  // A new privileged service is new; removing db fixes what it had.
  writeFileSync(join(dir, 'app/docker-compose.yml'), COMPOSE.replace('  db:', '  worker:'));
  const changed = palisade(['scan', '--baseline', 'baseline.json', '--json', 'changed.json', '-q'], dir);
  assert.equal(changed.status, 1);
  const c = JSON.parse(readFileSync(join(dir, 'changed.json'), 'utf8'));
  assert.deepEqual(c.findings.filter((f: { baseline: string }) => f.baseline === 'new').map((f: { resource: { name: string } }) => f.resource.name).filter((n: string, i: number, a: string[]) => a.indexOf(n) === i), ['worker']);
  assert.ok(c.fixed.some((f: { ruleId: string; resource: { name: string } }) => f.ruleId === 'PAL-COMPOSE-001' && f.resource.name === 'db'));
  assert.match(changed.stdout, /baseline: \d+ new, \d+ existing, \d+ fixed/);
  // The SARIF carries baselineState.
  palisade(['scan', '--baseline', 'baseline.json', '--sarif', 'b.sarif', '-q'], dir);
  const states = new Set(JSON.parse(readFileSync(join(dir, 'b.sarif'), 'utf8')).runs.flatMap((run: { results: Array<{ baselineState: string }> }) => run.results.map((r) => r.baselineState)));
  assert.deepEqual([...states].sort(), ['new', 'unchanged']);
  // A baseline that is not a report is a usage error naming it.
  writeFileSync(join(dir, 'bad.json'), '{"x":1}');
  const bad = palisade(['scan', '--baseline', 'bad.json'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /bad\.json: baseline: neither/);
});

test('the shipped schema is src/config/schema.ts (run npm run build:schema when this fails)', () => {
  assert.equal(readFileSync(join(import.meta.dirname, '..', 'schema', 'palisade.schema.json'), 'utf8'), schemaText());
});

test('configuration: new keys validate, unknown keys are errors with file and line', () => {
  const ok = parseConfig('.palisade.yaml', `$schema: ./node_modules/palisade/schema/palisade.schema.json
exclude: ["test/**"]
packs: [default]
baseline: previous.json
inlineSuppressions: false
outputs: { sarif: out.sarif, html: out.html, markdown: out.md, json: out.json }
aws: { regions: [eu-west-1], profile: audit }
waivers:
  - rule: PAL-S3-001
    resource: "App/Data/*"
    reason: replicated from an encrypted bucket
    owner: data-team
    expires: 2030-02-01
`);
  assert.deepEqual(ok.errors, []);
  assert.deepEqual(ok.config.waivers![0]!.source, { file: '.palisade.yaml', line: 9 });
  assert.equal(ok.config.outputs!.html, 'out.html');
  const bad = parseConfig('.palisade.yaml', `waivers:
  - rule: PAL-S3-001
    resource: x
    expires: 2030-02-30
    reason: r
  - rule: PAL-S3-001
    resource: x
    color: blue
`);
  assert.deepEqual(bad.errors.map((e) => [e.line, e.message]).sort(), [
    [6, "config: /waivers/1: must have required property 'reason'"],
    [6, "config: /waivers/1: must have required property 'expires'"],
    [8, "config: /waivers/1: unknown key 'color'"],
  ].sort());
  const date = parseConfig('.palisade.yaml', 'waivers:\n  - { rule: PAL-S3-001, resource: x, reason: r, expires: 2030-02-30 }\n');
  assert.match(date.errors[0]!.message, /2030-02-30 is not a calendar date/);
});

test('CLI flags override the file; --no-config ignores it; outputs in the file are written', () => {
  const dir = tempDir({
    'app/compose.yaml': COMPOSE,
    '.palisade.yaml': 'failOn: none\noutputs: { json: from-config.json }\nwaivers:\n  - { rule: PAL-COMPOSE-001, resource: db, reason: lab, expires: 2099-01-01 }\n',
  });
  assert.equal(palisade(['scan', '-q'], dir).status, 0);
  assert.ok(JSON.parse(readFileSync(join(dir, 'from-config.json'), 'utf8')).findings.length > 0);
  assert.equal(palisade(['scan', '-q', '--fail-on', 'medium'], dir).status, 1);
  // With --no-config, the waiver and failOn: none are gone: the privileged db fails the scan.
  const ignored = palisade(['scan', '-q', '--no-config', '--json', 'no-config.json'], dir);
  assert.equal(ignored.status, 1);
  assert.ok(JSON.parse(readFileSync(join(dir, 'no-config.json'), 'utf8')).findings.every((f: { suppressed: unknown }) => f.suppressed === null));
  // exclude from the command line.
  const excluded = palisade(['scan', '-q', '--no-config', '--exclude', 'app/**'], dir);
  assert.equal(excluded.status, 0);
  assert.match(excluded.stdout, /from 0 inputs/);
});

test('init writes a starter configuration with the sources found and the rules that fire, which validates', () => {
  const dir = tempDir({ 'app/compose.yaml': COMPOSE, 'infra/storage.yaml': TEMPLATE });
  const r = palisade(['init'], dir);
  assert.equal(r.status, 0, r.stderr);
  const text = readFileSync(join(dir, '.palisade.yaml'), 'utf8');
  assert.match(text, /^#   compose {9}app\/compose\.yaml$/m);
  assert.match(text, /^#   cloudformation {2}infra\/storage\.yaml$/m);
  assert.match(text, /^ {2}# - PAL-COMPOSE-001 {2}# critical, 1 finding: Container runs privileged$/m);
  assert.match(text, /^ {2}# - PAL-S3-006 {2}# medium, 1 finding/m);
  assert.deepEqual(parseConfig('.palisade.yaml', text, loadCatalog().rules.map((x) => x.id)).errors, []);
  // It refuses to overwrite, and the scan reads the file it wrote.
  assert.equal(palisade(['init'], dir).status, 2);
  assert.equal(palisade(['scan', '-q'], dir).status, 1);
});

test('init: names from scanned input cannot break out of their comment', async () => {
  const dir = tempDir({ 'x\nfailOn: none\n/compose.yaml': COMPOSE });
  const result = await run(dir);
  const text = starterConfig(result, []);
  assert.ok(!/^failOn: none$/m.test(text));
  assert.deepEqual(parseConfig('.palisade.yaml', text).errors, []);
});

test('SARIF with waived, inline-suppressed, expired-waiver and baseline results passes the Multitool', { timeout: 180_000 }, () => {
  const dir = tempDir({
    'app/compose.yaml': COMPOSE.replace('  db:', '  # palisade:ignore PAL-COMPOSE-013 lab database, never deployed\n  db:'),
    '.palisade.yaml': 'waivers:\n  - { rule: PAL-COMPOSE-001, resource: db, reason: lab, owner: ops, expires: 2099-01-01 }\n  - { rule: PAL-COMPOSE-011, resource: web, reason: old, expires: 2000-01-01 }\n',
  });
  assert.equal(palisade(['scan', '--json', 'base.json', '-q', '--fail-on', 'none'], dir).status, 0);
  writeFileSync(join(dir, 'app/compose.yaml'), `${readFileSync(join(dir, 'app/compose.yaml'), 'utf8')}  new:\n    image: redis:7\n`);
  assert.equal(palisade(['scan', '--baseline', 'base.json', '--sarif', 'out.sarif', '-q', '--fail-on', 'none'], dir).status, 0);
  const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
  const kinds = new Set(sarif.runs[0].results.flatMap((r: { suppressions?: Array<{ kind: string }> }) => (r.suppressions ?? []).map((x) => x.kind)));
  assert.deepEqual([...kinds].sort(), ['external', 'inSource']);
  const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool-linux') as string;
  const out = join(dir, 'validation.sarif');
  const v = spawnSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, join(dir, 'out.sarif')], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  const problems = (JSON.parse(readFileSync(out, 'utf8')).runs[0]?.results ?? []).filter((r: { level: string }) => r.level === 'error');
  assert.deepEqual(problems.map((p: { ruleId: string; message: { text?: string } }) => `${p.ruleId}: ${p.message.text ?? ''}`), []);
});
