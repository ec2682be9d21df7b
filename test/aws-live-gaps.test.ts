/**
 * Gaps of the live scan closed against a real moto server: S3 bucket tags that only
 * BatchGetResourceConfig's supplementaryConfiguration.BucketTaggingConfiguration carries (so the
 * IaC link works for buckets through the API); Config IAM items dropped offline when an IAM
 * snapshot is given, as online.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { S3Client, CreateBucketCommand, PutBucketTaggingCommand } from '@aws-sdk/client-s3';
import { MOTO_ENV } from './helpers/moto.js';
import { freshMoto } from './helpers/moto-suite.js';
import { startRecorder } from './helpers/seed-aws.js';
import { loadLive, loadSnapshots } from '../src/sources/aws/live.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../src/scan.js';
import type { LiveOptions } from '../src/sources/aws/live.js';
import { isUnknown } from '../src/model/resource.js';

const suite = freshMoto();

const creds = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const s3 = () => new S3Client({ region: 'us-east-1', endpoint: suite.moto.endpoint, forcePathStyle: true, credentials: creds });

async function withMoto<T>(run: () => Promise<T>): Promise<T> {
  const env = { ...process.env };
  Object.assign(process.env, MOTO_ENV, { AWS_ENDPOINT_URL: suite.moto.endpoint });
  try {
    return await run();
  } finally {
    process.env = env;
  }
}
const LIVE: LiveOptions = { enabled: true, regions: ['us-east-1'] };

/**
 * moto's CloudFormation CreateStack (no SDK client is a dependency: one Query-protocol POST).
 * moto adds the `aws:cloudformation:*` tags only to EC2 resources, so the deployed template
 * states for the bucket the two tags real CloudFormation adds itself.
 */
async function createStack(name: string, template: object): Promise<void> {
  const body = new URLSearchParams({ Action: 'CreateStack', Version: '2010-05-15', StackName: name, TemplateBody: JSON.stringify(template) });
  const res = await fetch(`${suite.moto.endpoint}/`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cloudformation/aws4_request, SignedHeaders=host, Signature=0' },
  });
  assert.equal(res.status, 200, await res.text());
}

test('a bucket\'s tags reach the model from BatchGetResourceConfig; an untagged bucket\'s stay unknown', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  const c = s3();
  await c.send(new CreateBucketCommand({ Bucket: 'palisade-tagged' }));
  await c.send(new PutBucketTaggingCommand({ Bucket: 'palisade-tagged', Tagging: { TagSet: [{ Key: 'team', Value: 'data' }, { Key: 'cost-centre', Value: '42' }] } }));
  c.destroy();
  const got = await withMoto(() => loadLive(LIVE));
  assert.deepEqual(got.errors, []);
  const tagged = got.resources.find((r) => r.name === 'palisade-tagged');
  assert.deepEqual(tagged?.tags, { team: 'data', 'cost-centre': '42' });
  // The recorder's own bucket has no tags: moto (like AWS) sends no BucketTaggingConfiguration.
  const config = got.resources.find((r) => r.name === 'palisade-config-us-east-1');
  assert.ok(config && isUnknown(config.tags), JSON.stringify(config?.tags));
});

test('a bucket a scanned template created links to that template\'s line through the API', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  const template = 'test/fixtures/live-gaps/web.yaml';
  await createStack('web', {
    Resources: {
      SiteBucket: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: 'palisade-stack-site',
          Tags: [
            { Key: 'aws:cloudformation:stack-name', Value: 'web' },
            { Key: 'aws:cloudformation:logical-id', Value: 'SiteBucket' },
          ],
        },
      },
    },
  });
  const r = await withMoto(() => scan({ paths: [template], requiredTags: [], aws: LIVE }));
  const live = r.findings.filter((f) => f.cloud?.arn === 'arn:aws:s3:::palisade-stack-site');
  assert.ok(live.length > 0, JSON.stringify(r.findings.map((f) => `${f.ruleId} ${f.cloud?.arn ?? f.resource.id}`)));
  for (const f of live) assert.equal(f.iac?.resource, `${template}#SiteBucket`, f.ruleId);
  const fromTemplate = r.findings.find((f) => f.resource.id === `${template}#SiteBucket` && f.ruleId === 'PAL-S3-006');
  const linked = live.find((f) => f.ruleId === 'PAL-S3-006');
  assert.ok(fromTemplate && linked, live.map((f) => f.ruleId).join(' '));
  assert.deepEqual(linked.iac?.location, { file: template, startLine: 4, endLine: 9 });
  assert.deepEqual(linked.iac?.location, fromTemplate.location);
});

test('offline, with a Config and an IAM snapshot, a role comes once, from the IAM snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-gaps-'));
  const iam = JSON.parse(readFileSync('fixtures/aws-config/iam-snapshot.json', 'utf8')) as { authorizationDetails: { RoleDetailList: unknown[] } };
  iam.authorizationDetails.RoleDetailList.push({
    Path: '/',
    RoleName: 'ops-admin',
    RoleId: 'AROAEXAMPLEOPSADMIN01',
    Arn: 'arn:aws:iam::111122223333:role/ops-admin',
    CreateDate: '2026-01-10T09:00:00Z',
    AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })),
    InstanceProfileList: [],
    RolePolicyList: [],
    AttachedManagedPolicies: [],
    Tags: [],
  });
  writeFileSync(join(dir, 'iam.json'), JSON.stringify(iam));
  const config = 'fixtures/aws-config/111122223333_Config_us-east-1_ConfigSnapshot_20261130T060000Z_5b4e7f2a-9c1d-4e8f-a3b2-6d7c8e9f0a1b.json';
  const both = loadSnapshots({ configSnapshot: config, iamSnapshot: join(dir, 'iam.json') }, process.cwd());
  const roles = both.resources.filter((r) => r.provenance.kind === 'cloud' && r.provenance.arn === 'arn:aws:iam::111122223333:role/ops-admin');
  assert.equal(roles.length, 1, JSON.stringify(roles.map((r) => r.provenance)));
  assert.match((roles[0]!.provenance as { origin: string }).origin, /^iam-snapshot:/);
  assert.ok(!both.resources.some((r) => r.type.startsWith('aws.iam.') && (r.provenance as { origin?: string }).origin?.startsWith('config-snapshot:')));
  // Without the IAM snapshot, Config's roles are the only source and stay.
  const alone = loadSnapshots({ configSnapshot: config }, process.cwd());
  assert.ok(alone.resources.some((r) => r.provenance.kind === 'cloud' && r.provenance.arn === 'arn:aws:iam::111122223333:role/ops-admin'));
});
