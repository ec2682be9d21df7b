/**
 * The same seeded moto state scanned twice: live through the APIs (`--aws`), and offline from
 * files holding that state in the shapes AWS delivers them (a Config snapshot file as Config
 * writes it to S3, and the IAM calls' JSON as the AWS CLI prints it). The findings must be the
 * same. moto cannot deliver a Config snapshot (DeliverConfigSnapshot writes nothing), so the test
 * writes the snapshot file from ListDiscoveredResources + BatchGetResourceConfig, converted to the
 * snapshot item shape (parsed `configuration`, `ARN`, `awsAccountId`). Account-level resources
 * (recorder, CloudTrail) exist only in a live scan and are left out of the comparison.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { BatchGetResourceConfigCommand, ListDiscoveredResourcesCommand, type ResourceType } from '@aws-sdk/client-config-service';
import { GenerateCredentialReportCommand, GetAccountAuthorizationDetailsCommand, GetAccountSummaryCommand, GetCredentialReportCommand, IAMClient, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { startMoto, MOTO_ACCOUNT, type Moto } from './helpers/moto.js';
import { seed, SEEDED } from './helpers/seed-aws.js';
import { palisadeLive } from './helpers/live-cli.js';
import { INVENTORY_TYPES } from '../src/sources/aws/config.js';
import { AwsClients } from '../src/sources/aws/clients.js';
import { MOTO_ENV } from './helpers/moto.js';

let moto: Moto;
const cwd = mkdtempSync(join(tmpdir(), 'palisade-live-equality-'));
const creds = { accessKeyId: 'testing', secretAccessKey: 'testing', sessionToken: 'testing' };
const LIVE_ONLY = new Set(['aws.config.recorder', 'aws.cloudtrail.account']);
const require = createRequire(import.meta.url);
const MULTITOOL = require('@microsoft/sarif-multitool-linux') as string;

before(async () => {
  moto = await startMoto();
  await seed(moto.endpoint);
});
after(async () => {
  await moto?.stop();
});

interface Report {
  findings: Array<{ ruleId: string; severity: string; resource: { id: string; type: string }; path: string; cloud?: { arn?: string; account?: string; region?: string } }>;
  errors: unknown[];
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/** The Config snapshot file Config would deliver for us-east-1, from the API's items. */
async function writeConfigSnapshot(): Promise<string> {
  // The scanner's client only for transport: it reads moto's text timestamps, which the plain SDK rejects.
  const env = { ...process.env };
  Object.assign(process.env, MOTO_ENV, { AWS_ENDPOINT_URL: moto.endpoint });
  const config = new AwsClients();
  const send = <O>(cmd: object) => config.send<'config', O>('config', 'us-east-1', cmd);
  const items: unknown[] = [];
  for (const type of INVENTORY_TYPES) {
    const keys = (await send<{ resourceIdentifiers?: Array<{ resourceType?: string; resourceId?: string }> }>(new ListDiscoveredResourcesCommand({ resourceType: type as ResourceType }))).resourceIdentifiers ?? [];
    if (keys.length === 0) continue;
    type Item = Record<string, unknown> & { supplementaryConfiguration?: Record<string, unknown> };
    const got = await send<{ baseConfigurationItems?: Item[] }>(new BatchGetResourceConfigCommand({ resourceKeys: keys.map((k) => ({ resourceType: k.resourceType as ResourceType, resourceId: k.resourceId! })) }));
    for (const it of got.baseConfigurationItems ?? []) {
      items.push({
        configurationItemVersion: it.version,
        configurationItemCaptureTime: it.configurationItemCaptureTime,
        configurationStateId: Number(it.configurationStateId),
        awsAccountId: it.accountId,
        configurationItemStatus: it.configurationItemStatus,
        resourceType: it.resourceType,
        resourceId: it.resourceId,
        resourceName: it.resourceName,
        ARN: it.arn,
        awsRegion: it.awsRegion,
        availabilityZone: it.availabilityZone,
        resourceCreationTime: it.resourceCreationTime,
        tags: {},
        relatedEvents: [],
        relationships: [],
        configuration: parse(it.configuration),
        supplementaryConfiguration: Object.fromEntries(Object.entries(it.supplementaryConfiguration ?? {}).map(([k, v]) => [k, parse(v)])),
      });
    }
  }
  config.destroy();
  process.env = env;
  const name = `${MOTO_ACCOUNT}_Config_us-east-1_ConfigSnapshot_20261202T010000Z_00000000-0000-4000-8000-000000000001.json`;
  writeFileSync(join(cwd, name), JSON.stringify({ fileVersion: '1.0', configSnapshotId: '00000000-0000-4000-8000-000000000001', configurationItems: items }));
  return name;
}

/** The IAM calls' output as `aws iam ...` prints it. */
async function writeIamSnapshot(): Promise<string> {
  const iam = new IAMClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials: creds });
  const { $metadata: _a, ...details } = await iam.send(new GetAccountAuthorizationDetailsCommand({}));
  // moto leaves PolicyName out of Policies, which AWS always returns (the scanner's IAM client fills it in).
  const authorizationDetails = { ...details, Policies: (details.Policies ?? []).map((p) => ({ PolicyName: p.Arn!.slice(p.Arn!.lastIndexOf('/') + 1), ...p })) };
  await iam.send(new GenerateCredentialReportCommand({}));
  const report = await iam.send(new GetCredentialReportCommand({}));
  const summary = await iam.send(new GetAccountSummaryCommand({}));
  const mfa = await iam.send(new ListVirtualMFADevicesCommand({}));
  iam.destroy();
  const doc = {
    account: MOTO_ACCOUNT,
    authorizationDetails,
    credentialReport: { GeneratedTime: report.GeneratedTime, Content: Buffer.from(report.Content!).toString('base64') },
    // moto's account has no password policy (IAM's NoSuchEntity).
    passwordPolicy: null,
    accountSummary: { SummaryMap: summary.SummaryMap },
    virtualMfaDevices: { VirtualMFADevices: mfa.VirtualMFADevices ?? [] },
  };
  writeFileSync(join(cwd, 'iam-snapshot.json'), JSON.stringify(doc));
  return 'iam-snapshot.json';
}

const key = (f: Report['findings'][0]) => [f.ruleId, f.severity, f.resource.id, f.resource.type, f.path, f.cloud?.arn, f.cloud?.account, f.cloud?.region].join(' | ');

test('a Config snapshot and IAM snapshot of the seeded state give the same findings as the API scan', async () => {
  const snapshot = await writeConfigSnapshot();
  const iamSnapshot = await writeIamSnapshot();
  const run = async (args: string[]) => {
    const r = await palisadeLive(['scan', ...args, '--json', '-', '--fail-on', 'none', '--quiet'], moto.endpoint, cwd);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Report;
  };
  const api = await run(['--aws', '--aws-regions', 'us-east-1']);
  const offline = await run(['--aws-config-snapshot', snapshot, '--aws-iam-snapshot', iamSnapshot]);
  assert.deepEqual(api.errors, []);
  assert.deepEqual(offline.errors, []);
  const apiKeys = api.findings.filter((f) => !LIVE_ONLY.has(f.resource.type)).map(key).sort();
  const offlineKeys = offline.findings.map(key).sort();
  assert.ok(apiKeys.some((k) => k.startsWith('PAL-S3-005') && k.includes(SEEDED.arn.publicBucket)));
  assert.ok(apiKeys.some((k) => k.startsWith('PAL-IAM-001') && k.includes(SEEDED.arn.adminRole)));
  assert.ok(apiKeys.some((k) => k.startsWith('PAL-IAM-011') && k.includes(SEEDED.arn.consoleUser)));
  assert.deepEqual(offlineKeys, apiKeys);
});

test('SARIF from a real live scan against moto passes the Multitool with the GitHub rules', { timeout: 180_000 }, async () => {
  const file = join(cwd, 'live.sarif');
  const r = await palisadeLive(['scan', '--aws', '--aws-regions', 'us-east-1', '--sarif', file, '--fail-on', 'none', '--quiet'], moto.endpoint, cwd);
  assert.equal(r.status, 0, r.stderr);
  const sarif = JSON.parse(readFileSync(file, 'utf8'));
  const results = sarif.runs.flatMap((x: { results: unknown[] }) => x.results);
  assert.ok(results.length >= 3, 'the seeded problems are in the file');
  assert.ok(sarif.runs.some((x: { automationDetails: { id: string } }) => x.automationDetails.id === `palisade/aws/${MOTO_ACCOUNT}/us-east-1/`));
  const out = join(cwd, 'validation.sarif');
  const v = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, file], { encoding: 'utf8' });
  assert.equal(v.status, 0, `${v.stdout}\n${v.stderr}`);
  const validation = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results?: Array<{ level: string; ruleId: string; message: { text?: string } }> }> };
  const problems = (validation.runs[0]?.results ?? []).filter((x) => x.level === 'error');
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text ?? ''}`), []);
});
