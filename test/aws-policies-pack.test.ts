/**
 * The AWS policy pack as a whole (each rule's fixtures and exact lines are checked by
 * test/policies.test.ts): ids, folders and metadata are consistent, every rule judges only
 * normalized AWS types, and no finding message shows a secret written in a template.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { scan, loadAll } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { loadCatalog } from '../src/engine/catalog.js';
import { AWS_TYPES } from '../src/model/aws/index.js';
import type { EnvironmentVariable, LiteralSecret } from '../src/model/aws/index.js';
import { filesUnder } from './helpers/files.js';

const root = join(import.meta.dirname, '..');
const awsRules = loadCatalog().rules.filter((r) => r.package.startsWith('aws.'));

/** The id prefix of each service folder. */
const PREFIX: Record<string, string> = {
  amplify: 'AMP',
  apigateway: 'APIGW',
  cloudfront: 'CFR',
  cloudtrail: 'CT',
  config: 'CFG',
  directoryservice: 'DS',
  dms: 'DMS',
  docdb: 'DOCDB',
  dynamodb: 'DDB',
  ec2: 'EC2',
  ecr: 'ECR',
  ecs: 'ECS',
  elasticache: 'EC',
  efs: 'EFS',
  eks: 'EKS',
  elb: 'ELB',
  iam: 'IAM',
  kinesis: 'KIN',
  kms: 'KMS',
  lambda: 'LAMBDA',
  logs: 'LOGS',
  mq: 'MQ',
  msk: 'MSK',
  neptune: 'NEP',
  opensearch: 'OS',
  rds: 'RDS',
  redshift: 'RS',
  s3: 'S3',
  secrets: 'SECRET',
  secretsmanager: 'SM',
  sns: 'SNS',
  sqs: 'SQS',
  ssm: 'SSM',
  tagging: 'TAG',
  vpc: 'VPC',
  waf: 'WAF',
};
const FRAMEWORKS = new Set(['cis-aws', 'nist-800-53', 'pci-dss', 'soc2', 'hipaa', 'fsbp']);
// Secrets written in a template are gone from live configuration: nothing to judge there.
// AWS Config does not record load balancer attributes, WAF logging and rules, stage method
// settings, or API methods and routes: rules on them judge templates only.
// Nor are fields AWS Config's published schema leaves out of its items (DynamoDB deletion
// protection, ECR repository policies and encryption).
const TEMPLATE_ONLY = new Set([
  'PAL-RDS-006', 'PAL-EC-003', 'PAL-IAM-017', 'PAL-MQ-003', 'PAL-DOCDB-003', 'PAL-SM-003', 'PAL-SSM-001',
  'PAL-DDB-003', 'PAL-ECR-003', 'PAL-ECR-005',
  'PAL-ELB-003', 'PAL-ELB-004', 'PAL-ELB-005', 'PAL-ELB-006', 'PAL-ELB-009',
  'PAL-WAF-001', 'PAL-WAF-002', 'PAL-APIGW-004', 'PAL-APIGW-005',
  'PAL-SECRET-001', 'PAL-SECRET-002', 'PAL-DMS-001', 'PAL-AMP-001', 'PAL-DS-001',
  // AWS Config's resource schema has no AWS::ApiGateway::DomainName.
  'PAL-APIGW-007',
  // Nor AWS::EKS::Nodegroup.
  'PAL-EKS-004',
  // PAL-APIGW-006 judges stages whose API has HTTP integrations: AWS Config records none.
  'PAL-APIGW-006',
]);
// What only a live account shows (credential report, recorders, trail status): no template has it.
const LIVE_ONLY = new Set(['PAL-IAM-010', 'PAL-IAM-011', 'PAL-IAM-012', 'PAL-IAM-013', 'PAL-CFG-001', 'PAL-CT-005', 'PAL-KMS-003']);

const files = filesUnder;

test('the AWS pack has at least 55 rules, with ids PAL-<SERVICE>-NNN used once each', () => {
  assert.ok(awsRules.length >= 55, `${awsRules.length} AWS rules`);
  const ids = awsRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of awsRules) {
    const service = rule.package.split('.')[1]!;
    assert.ok(PREFIX[service], `${rule.id}: no id prefix for the folder ${service}`);
    assert.match(rule.id, new RegExp(`^PAL-${PREFIX[service]}-\\d{3}$`), `${rule.id} lives in policies/aws/${service}`);
  }
});

test('every AWS rule folder: package named after it, unit tests beside it, metadata for normalized AWS types', () => {
  const types = new Set<string>(Object.values(AWS_TYPES));
  for (const rule of awsRules) {
    const dir = dirname(rule.file);
    assert.equal(`policies/${rule.package.split('.').join('/')}`, dir, `${rule.id}: package ${rule.package} is not its folder`);
    const unitTests = join(root, dir, 'policy_test.rego');
    assert.ok(existsSync(unitTests), `${rule.id}: ${dir}/policy_test.rego is missing`);
    assert.match(readFileSync(unitTests, 'utf8'), new RegExp(`^package palisade\\.rules\\.${rule.package.replace(/\./g, '\\.')}_test$`, 'm'));
    assert.ok(rule.resourceTypes.length > 0, `${rule.id}: resource_types is empty`);
    for (const t of rule.resourceTypes) assert.ok(types.has(t), `${rule.id}: ${t} is not in AWS_TYPES`);
    // A deprecated rule keeps its id and reports nothing, from any source.
    const sources = rule.deprecated ? [] : TEMPLATE_ONLY.has(rule.id) ? ['cloudformation', 'cdk'] : LIVE_ONLY.has(rule.id) ? ['aws'] : ['cloudformation', 'cdk', 'aws'];
    assert.deepEqual(rule.sources, sources, rule.id);
    for (const name of Object.keys(rule.frameworks)) assert.ok(FRAMEWORKS.has(name), `${rule.id}: unknown framework ${name}`);
    assert.ok(rule.description.length > 40 && rule.remediation.length > 20, `${rule.id}: say why and what to do`);
  }
});

/** The literal written after `key:` on its own line (quotes removed), for every key asked. */
function literalsOf(text: string, keys: Set<string>): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*-?\s*"?([A-Za-z0-9_.-]+)"?\s*:\s*(.+?)\s*$/.exec(line);
    if (!m || !keys.has(m[1]!) || m[2]!.startsWith('!')) continue;
    out.push(m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return out;
}

test('no finding message shows a secret value written in a template, or the redaction marker', async () => {
  const fixtures = files(join(root, 'policies/aws'))
    .filter((f) => /\/(fail|pass)-[^/]+\.ya?ml$/.test(f))
    .map((p) => relative(process.cwd(), p));
  let checked = 0;
  for (const fixture of fixtures) {
    const { inputs } = await discover([fixture]);
    const { resources } = await loadAll(inputs, nodeIO());
    // Keys whose written values are secrets: what the loader flagged in Lambda environments, and
    // the database and cache credentials.
    const keys = new Set(['MasterUserPassword', 'AuthToken']);
    for (const r of resources) {
      const env = (r.properties.environment ?? {}) as Record<string, EnvironmentVariable>;
      for (const [name, v] of Object.entries(env)) if (v.secret_name || v.secret_value) keys.add(name);
      // Properties of any resource found holding a literal secret (literal-secrets.ts).
      for (const s of (r.properties.literal_secrets ?? []) as LiteralSecret[]) if (s.kind === 'property') keys.add(s.property.split('.').pop()!);
    }
    const secrets = literalsOf(readFileSync(fixture, 'utf8'), keys).filter((s) => s.length >= 5 && !s.startsWith('{{resolve:'));
    const result = await scan({ paths: [fixture], requiredTags: [] });
    for (const f of result.findings) {
      assert.ok(!f.message.includes('REDACTED'), `${fixture}: ${f.ruleId} echoes the redaction marker: ${f.message}`);
      for (const secret of secrets) {
        checked++;
        assert.ok(!f.message.includes(secret), `${fixture}: ${f.ruleId} shows a secret: ${f.message}`);
      }
    }
  }
  assert.ok(checked >= 10, `only ${checked} (finding, secret) pairs checked: the fixtures lost their secrets`);
});
