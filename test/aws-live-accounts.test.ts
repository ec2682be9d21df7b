/**
 * The live scan's account, region and trail handling against a real moto server, seeded only
 * through AWS APIs: CloudTrail status (PAL-CT-005), `--aws-regions all`, AssumeRole with
 * `--aws-role-arn` and `--aws-accounts` (moto gives an assumed role's account its own state),
 * aggregator mode, and the IaC link through the IAM API (a role tagged the way CloudFormation
 * tags what it creates, beside the template that declares it).
 *
 * moto gaps, tested around: CloudFormation in moto does not add the `aws:cloudformation:*` tags
 * (the role is tagged by hand, which moto's IAM allows); moto's Config records no CloudTrail
 * trails; SelectAggregateResourceConfig is not implemented (the scanner lists an aggregator with
 * ListAggregateDiscoveredResources); moto's aggregator shows only the calling account.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient, PutConfigurationAggregatorCommand } from '@aws-sdk/client-config-service';
import { IAMClient, CreateUserCommand, CreateLoginProfileCommand, TagRoleCommand } from '@aws-sdk/client-iam';
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { MOTO_ACCOUNT } from './helpers/moto.js';
import { freshMoto } from './helpers/moto-suite.js';
import { seed, startRecorder, SEEDED } from './helpers/seed-aws.js';
import { palisadeLive } from './helpers/live-cli.js';

const suite = freshMoto();
const cwd = mkdtempSync(join(tmpdir(), 'palisade-live-accounts-'));
const creds = { accessKeyId: 'testing', secretAccessKey: 'testing', sessionToken: 'testing' };
const OTHER = '222233334444';


interface Report {
  findings: Array<{ ruleId: string; severity: string; resource: { id: string; name: string }; path: string; cloud?: { arn?: string; account?: string; region?: string }; location?: unknown; iac?: { location: unknown; logicalId: string } }>;
  errors: Array<{ file: string; level: string; message: string }>;
}

async function scanJson(args: string[]): Promise<Report> {
  const r = await palisadeLive(['scan', ...args, '--json', '-', '--fail-on', 'none', '--quiet'], suite.moto.endpoint, cwd);
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as Report;
}

const ct = (region = 'us-east-1') => new CloudTrailClient({ region, endpoint: suite.moto.endpoint, credentials: creds });

test('CloudTrail read live: no trail, or a multi-region trail that is not logging, is PAL-CT-005; once it logs, it is not', async () => {
  await seed(suite.moto.endpoint);
  const account = `${MOTO_ACCOUNT}:cloudtrail`;
  const ct005 = (r: Report) => r.findings.filter((f) => f.ruleId === 'PAL-CT-005');

  const none = await scanJson(['--aws', '--aws-regions', 'us-east-1']);
  assert.deepEqual(none.errors, []);
  assert.deepEqual(ct005(none).map((f) => [f.resource.id, f.path, f.cloud?.account]), [[account, 'properties.multi_region_logging', MOTO_ACCOUNT]]);

  const s3 = new S3Client({ region: 'us-east-1', endpoint: suite.moto.endpoint, credentials: creds, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'palisade-trail-logs' }));
  s3.destroy();
  const trails = ct();
  await trails.send(new CreateTrailCommand({ Name: 'main', S3BucketName: 'palisade-trail-logs', IsMultiRegionTrail: true }));
  const stopped = await scanJson(['--aws', '--aws-regions', 'us-east-1']);
  assert.deepEqual(stopped.errors, []);
  assert.equal(ct005(stopped).length, 1, 'a multi-region trail that is not logging');

  await trails.send(new StartLoggingCommand({ Name: 'main' }));
  // The trail is homed in us-east-1 and read from eu-west-1 as a shadow trail: still one account fact.
  await startRecorder(suite.moto.endpoint, 'eu-west-1');
  const logging = await scanJson(['--aws', '--aws-regions', 'eu-west-1']);
  assert.deepEqual(logging.errors, []);
  assert.deepEqual(ct005(logging), []);
  trails.destroy();
});

test('--aws-regions all scans every region DescribeRegions lists: a region without a recorder is PAL-CFG-001, recorded regions are not', async () => {
  await seed(suite.moto.endpoint, ['us-east-1', 'eu-west-1']);
  const r = await scanJson(['--aws', '--aws-regions', 'all']);
  assert.deepEqual(r.errors, []);
  const noRecorder = new Set(r.findings.filter((f) => f.ruleId === 'PAL-CFG-001').map((f) => f.resource.id));
  assert.ok(!noRecorder.has(`${MOTO_ACCOUNT}:us-east-1:config-recorder`));
  assert.ok(!noRecorder.has(`${MOTO_ACCOUNT}:eu-west-1:config-recorder`));
  for (const region of ['ap-southeast-2', 'eu-central-1', 'sa-east-1', 'us-west-2']) assert.ok(noRecorder.has(`${MOTO_ACCOUNT}:${region}:config-recorder`), region);
  // Far more than the two seeded regions (moto lists the public regions).
  assert.ok(noRecorder.size >= 15, String(noRecorder.size));
  assert.ok(r.findings.some((f) => f.cloud?.arn === SEEDED.arn.publicBucket && f.ruleId === 'PAL-S3-005'));
});

/** Seeds a console user without MFA (and a recorder) in another account, through that account's assumed-role credentials. */
async function seedOtherAccount(): Promise<void> {
  const sts = new STSClient({ region: 'us-east-1', endpoint: suite.moto.endpoint, credentials: creds });
  const c = (await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${OTHER}:role/audit`, RoleSessionName: 'seed' }))).Credentials!;
  sts.destroy();
  const iam = new IAMClient({ region: 'us-east-1', endpoint: suite.moto.endpoint, credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! } });
  await iam.send(new CreateUserCommand({ UserName: 'carol-console' }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'carol-console', Password: 'Correct-Horse-9-Battery' }));
  iam.destroy();
}

test('--aws-role-arn assumes the role and scans its account, not the caller\'s', async () => {
  await seed(suite.moto.endpoint);
  await seedOtherAccount();
  const r = await scanJson(['--aws-role-arn', `arn:aws:iam::${OTHER}:role/audit`, '--aws-external-id', 'palisade-test', '--aws-regions', 'us-east-1']);
  // The other account has no Config recorder: that is a finding, not an error.
  assert.deepEqual(r.errors, []);
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-IAM-011' && f.cloud?.arn === `arn:aws:iam::${OTHER}:user/carol-console`));
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-CFG-001' && f.cloud?.account === OTHER));
  assert.deepEqual([...new Set(r.findings.map((f) => f.cloud?.account))], [OTHER]);
});

test('--aws-accounts FILE scans each listed account through its role; SARIF has one run per account and region', async () => {
  await seed(suite.moto.endpoint);
  await seedOtherAccount();
  writeFileSync(join(cwd, 'accounts.txt'), `# account  role\n${MOTO_ACCOUNT} palisade-audit\n${OTHER} arn:aws:iam::${OTHER}:role/audit\n`);
  const sarifFile = join(cwd, 'accounts.sarif');
  const r = await palisadeLive(['scan', '--aws-accounts', 'accounts.txt', '--aws-regions', 'us-east-1', '--json', '-', '--sarif', sarifFile, '--fail-on', 'none', '--quiet'], suite.moto.endpoint, cwd);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.errors, []);
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-IAM-011' && f.cloud?.arn === SEEDED.arn.consoleUser));
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-IAM-011' && f.cloud?.arn === `arn:aws:iam::${OTHER}:user/carol-console`));
  const { readFileSync } = await import('node:fs');
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  const ids = sarif.runs.map((x: { automationDetails: { id: string } }) => x.automationDetails.id);
  assert.ok(ids.includes(`palisade/aws/${MOTO_ACCOUNT}/us-east-1/`) && ids.includes(`palisade/aws/${OTHER}/us-east-1/`), ids.join(', '));
});

test('an accounts file line that is not `<account id> <role>` is an error at its line; the other accounts are still scanned', async () => {
  await seed(suite.moto.endpoint);
  writeFileSync(join(cwd, 'accounts-bad.txt'), `${MOTO_ACCOUNT} palisade-audit\nnot-an-account audit\n`);
  const r = await palisadeLive(['scan', '--aws-accounts', 'accounts-bad.txt', '--aws-regions', 'us-east-1', '--json', '-', '--fail-on', 'none', '--quiet'], suite.moto.endpoint, cwd);
  assert.equal(r.status, 3, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.errors.map((e) => [e.file, e.level]), [['accounts-bad.txt', 'error']]);
  assert.ok(report.findings.some((f) => f.cloud?.arn === SEEDED.arn.publicBucket));
});

test('--aws-aggregator reads the inventory through the aggregator, each item with its account and region', async () => {
  await seed(suite.moto.endpoint);
  const config = new ConfigServiceClient({ region: 'us-east-1', endpoint: suite.moto.endpoint, credentials: creds });
  await config.send(new PutConfigurationAggregatorCommand({ ConfigurationAggregatorName: 'org', AccountAggregationSources: [{ AccountIds: [MOTO_ACCOUNT], AllAwsRegions: true }] }));
  config.destroy();
  const r = await scanJson(['--aws-aggregator', 'org', '--aws-aggregator-region', 'us-east-1']);
  assert.deepEqual(r.errors, []);
  const bucket = r.findings.find((f) => f.cloud?.arn === SEEDED.arn.publicBucket && f.ruleId === 'PAL-S3-005');
  assert.ok(bucket, 'the public bucket through the aggregator');
  assert.deepEqual(bucket.cloud, { arn: SEEDED.arn.publicBucket, account: MOTO_ACCOUNT, region: 'us-east-1' });
  assert.ok(!r.findings.some((f) => f.cloud?.arn === `arn:aws:s3:::${SEEDED.privateBucket}` && ['high', 'critical'].includes(f.severity)));
});

test('an aggregator that does not exist is one error naming it, exit 3', async () => {
  const r = await palisadeLive(['scan', '--aws-aggregator', 'missing', '--json', '-', '--fail-on', 'none', '--quiet'], suite.moto.endpoint, cwd);
  assert.equal(r.status, 3, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.errors.length, 1, JSON.stringify(report.errors));
  assert.equal(report.errors[0]!.file, 'aws:aggregator/us-east-1');
  assert.match(report.errors[0]!.message, /^aggregator missing: ListAggregateDiscoveredResources failed: NoSuchConfigurationAggregatorException.*nothing was read through it$/);
});

test('the IaC link through the IAM API: a role tagged by its stack points at the line of the template that declares it', async () => {
  await seed(suite.moto.endpoint);
  // What CloudFormation does on create (moto's CloudFormation does not).
  const iam = new IAMClient({ region: 'us-east-1', endpoint: suite.moto.endpoint, credentials: creds });
  await iam.send(new TagRoleCommand({ RoleName: SEEDED.adminRole, Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 'ops' }, { Key: 'aws:cloudformation:logical-id', Value: 'AdminRole' }] }));
  iam.destroy();
  mkdirSync(join(cwd, 'infra'), { recursive: true });
  writeFileSync(
    join(cwd, 'infra', 'ops.yaml'),
    [
      'Resources:',
      '  AdminRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${SEEDED.adminRole}`,
      '      AssumeRolePolicyDocument:',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: lambda.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '      Policies:',
      '        - PolicyName: everything',
      '          PolicyDocument:',
      '            Version: "2012-10-17"',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: "*"',
      '                Resource: "*"',
      '',
    ].join('\n'),
  );
  const r = await scanJson(['infra', '--aws', '--aws-regions', 'us-east-1']);
  assert.deepEqual(r.errors, []);
  const liveAdmin = r.findings.find((f) => f.ruleId === 'PAL-IAM-001' && f.cloud?.arn === SEEDED.arn.adminRole);
  const templateAdmin = r.findings.find((f) => f.ruleId === 'PAL-IAM-001' && f.resource.id === 'infra/ops.yaml#AdminRole');
  assert.ok(liveAdmin && templateAdmin, JSON.stringify(r.findings.map((f) => [f.ruleId, f.resource.id])));
  assert.equal(liveAdmin.iac?.logicalId, 'AdminRole');
  assert.deepEqual(liveAdmin.iac?.location, templateAdmin.location);
  // The read-only twin carries no stack tags: not linked.
  assert.ok(r.findings.filter((f) => f.resource.name === SEEDED.readRole).every((f) => !f.iac));
});
