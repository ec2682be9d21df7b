/**
 * W2, the live-AWS workload: a deterministic Config snapshot (configuration items in the snapshot
 * file shape, one file per region) and the IAM authorization details of an account with many
 * roles, scanned offline; and the number of inventory calls a live scan makes, counted against
 * a local moto server through the fault proxy (calls only, nothing injected).
 */
import { writeFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ACCOUNT = '111122223333';
const REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-central-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1'];
const TIME = '2026-11-30T05:58:12.332Z';

function base(type: string, id: string, arn: string, region: string, tags: Record<string, string>) {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: TIME,
    configurationStateId: 1764482292332,
    awsAccountId: ACCOUNT,
    configurationItemStatus: 'OK',
    resourceType: type,
    resourceId: id,
    resourceName: id,
    ARN: arn,
    awsRegion: region,
    availabilityZone: 'Regional',
    resourceCreationTime: TIME,
    tags,
    relatedEvents: [],
    relationships: [],
  };
}

const keyId = (i: number) => `0000${i.toString(16)}-0000-4000-8000-000000000000`.slice(-36);
const vpcId = (i: number) => `vpc-${i.toString(16).padStart(17, '0')}`;
/** The kinds in turn; the last four consult other items (a VPC its flow logs, a table or secret its key). */
const KINDS = 9;

/**
 * The i-th item: buckets, queues, log groups, KMS keys, security groups, VPCs, flow logs (of
 * every other VPC), DynamoDB tables and secrets (each encrypted with the nearest key) in turn,
 * half of them compliant.
 */
function item(i: number, region: string): object {
  const good = i % 2 === 0;
  const tags = { owner: `team-${i % 17}`, environment: good ? 'prod' : 'dev' };
  const nearestKey = `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(i - (i % KINDS) + 3)}`;
  switch (i % KINDS) {
    case 0: {
      const name = `w2-${region}-bucket-${i}`;
      return {
        ...base('AWS::S3::Bucket', name, `arn:aws:s3:::${name}`, region, tags),
        configuration: { name, owner: { id: 'owner' }, creationDate: TIME },
        supplementaryConfiguration: {
          PublicAccessBlockConfiguration: { blockPublicAcls: good, ignorePublicAcls: good, blockPublicPolicy: good, restrictPublicBuckets: good },
          BucketVersioningConfiguration: { status: good ? 'Enabled' : 'Off', isMfaDeleteEnabled: null },
          BucketLoggingConfiguration: { destinationBucketName: good ? 'w2-logs' : null, logFilePrefix: null },
          ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: good ? 'aws:kms' : 'AES256', kmsMasterKeyID: null }, bucketKeyEnabled: good }] },
          BucketPolicy: { policyText: good ? null : JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${name}/*` }] }) },
        },
      };
    }
    case 1: {
      const name = `w2-queue-${i}`;
      const arn = `arn:aws:sqs:${region}:${ACCOUNT}:${name}`;
      return { ...base('AWS::SQS::Queue', `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${name}`, arn, region, tags), resourceName: name, configuration: { QueueUrl: `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${name}`, Arn: arn, QueueName: name, SqsManagedSseEnabled: good, VisibilityTimeout: 30 }, supplementaryConfiguration: {} };
    }
    case 2: {
      const name = `/w2/app-${i}`;
      const arn = `arn:aws:logs:${region}:${ACCOUNT}:log-group:${name}`;
      return { ...base('AWS::Logs::LogGroup', name, arn, region, tags), configuration: { logGroupName: name, arn, ...(good ? { retentionInDays: 365, kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/k` } : {}) }, supplementaryConfiguration: {} };
    }
    case 3: {
      const id = keyId(i);
      const arn = `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;
      return { ...base('AWS::KMS::Key', id, arn, region, tags), configuration: { keyId: id, arn, keyManager: 'CUSTOMER', keyState: 'Enabled', enabled: true, keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', multiRegion: false, keyRotationEnabled: good }, supplementaryConfiguration: {} };
    }
    case 5: {
      const id = vpcId(i);
      return { ...base('AWS::EC2::VPC', id, `arn:aws:ec2:${region}:${ACCOUNT}:vpc/${id}`, region, tags), configuration: { vpcId: id, cidrBlock: '10.0.0.0/16', state: 'available', isDefault: false }, supplementaryConfiguration: {} };
    }
    case 6: {
      // The flow log of the VPC before it, or (every other one) of a VPC not in the inventory.
      const id = `fl-${i.toString(16).padStart(17, '0')}`;
      const target = good ? vpcId(i - 1) : `vpc-elsewhere-${i}`;
      return { ...base('AWS::EC2::FlowLog', id, `arn:aws:ec2:${region}:${ACCOUNT}:vpc-flow-log/${id}`, region, tags), configuration: { flowLogId: id, resourceId: target, trafficType: 'ALL', flowLogStatus: 'ACTIVE' }, supplementaryConfiguration: {} };
    }
    case 7: {
      const name = `w2-table-${i}`;
      const arn = `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${name}`;
      return {
        ...base('AWS::DynamoDB::Table', name, arn, region, tags),
        configuration: { tableName: name, tableArn: arn, tableStatus: 'ACTIVE', deletionProtectionEnabled: good, sSEDescription: { status: 'ENABLED', sSEType: 'KMS', kMSMasterKeyArn: nearestKey } },
        supplementaryConfiguration: { ContinuousBackupsDescription: { continuousBackupsStatus: 'ENABLED', pointInTimeRecoveryDescription: { pointInTimeRecoveryStatus: good ? 'ENABLED' : 'DISABLED' } } },
      };
    }
    case 8: {
      const name = `w2-secret-${i}`;
      const arn = `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-AbCdEf`;
      return { ...base('AWS::SecretsManager::Secret', arn, arn, region, tags), resourceName: name, configuration: { ARN: arn, Name: name, RotationEnabled: good, KMSKeyId: nearestKey }, supplementaryConfiguration: {} };
    }
    default: {
      const id = `sg-${i.toString(16).padStart(17, '0')}`;
      const arn = `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`;
      const open = good ? [] : [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipv6Ranges: [], userIdGroupPairs: [], prefixListIds: [] }];
      return { ...base('AWS::EC2::SecurityGroup', id, arn, region, tags), configuration: { groupId: id, groupName: `w2-${i}`, description: 'w2', vpcId: 'vpc-1', ipPermissions: open, ipPermissionsEgress: [] }, supplementaryConfiguration: {} };
    }
  }
}

/** `items` configuration items spread over one snapshot file per region; returns the folder. */
export function writeConfigSnapshots(dir: string, items: number): string {
  mkdirSync(dir, { recursive: true });
  const per = Math.ceil(items / REGIONS.length);
  REGIONS.forEach((region, r) => {
    const list: object[] = [];
    for (let i = r * per; i < Math.min(items, (r + 1) * per); i++) list.push(item(i, region));
    const id = `00000000-0000-4000-8000-${String(r).padStart(12, '0')}`;
    writeFileSync(join(dir, `${ACCOUNT}_Config_${region}_ConfigSnapshot_20261130T060000Z_${id}.json`), JSON.stringify({ fileVersion: '1.0', configSnapshotId: id, configurationItems: list }));
  });
  return dir;
}

/** IAM authorization details (as `aws iam get-account-authorization-details` prints them) for `roles` roles. */
export function writeIamDetails(file: string, roles: number): string {
  const trust = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }));
  const RoleDetailList = Array.from({ length: roles }, (_, i) => ({
    Path: '/',
    RoleName: `w2-role-${i}`,
    RoleId: `AROAW2${String(i).padStart(15, '0')}`,
    Arn: `arn:aws:iam::${ACCOUNT}:role/w2-role-${i}`,
    CreateDate: TIME,
    AssumeRolePolicyDocument: trust,
    InstanceProfileList: [],
    RolePolicyList: [
      {
        PolicyName: 'inline',
        PolicyDocument: encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: i % 10 === 0 ? '*' : ['s3:GetObject', 'sqs:SendMessage'], Resource: i % 10 === 0 ? '*' : `arn:aws:s3:::w2-bucket-${i}/*` }] })),
      },
    ],
    AttachedManagedPolicies: [],
    Tags: [{ Key: 'owner', Value: `team-${i % 17}` }],
    RoleLastUsed: {},
  }));
  writeFileSync(file, JSON.stringify({ account: ACCOUNT, authorizationDetails: { UserDetailList: [], GroupDetailList: [], RoleDetailList, Policies: [] } }));
  return file;
}

interface Measure {
  wall: number;
  cpu: number;
  rssMiB: number;
  status: number;
}

export interface W2Row {
  workload: string;
  resources: number | string;
  palisade?: Measure;
  floor?: Measure;
  note?: string;
}

export interface W2Context {
  quick: boolean;
  cli: string;
  measure: (cmd: string, argv: string[], cwd?: string, env?: NodeJS.ProcessEnv) => Measure;
  floor: (dir: string, parser: 'json') => Measure;
  /** Rows are printed as they come. */
  emit: (row: W2Row) => void;
}

/** The W2 rows: the offline snapshot scan, the live inventory call count, and Prowler beside Palisade when installed. */
export async function w2(ctx: W2Context): Promise<void> {
  const { mkdtempSync, rmSync, readFileSync, existsSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');

  // 1. Offline: 100,000 configuration items + 2,000 roles (targets: 4 s CPU, 1 GiB).
  const items = ctx.quick ? 10_000 : 100_000;
  const roles = ctx.quick ? 200 : 2_000;
  const dir = mkdtempSync(join(tmpdir(), 'palisade-bench-w2-'));
  try {
    writeConfigSnapshots(join(dir, 'in', 'config'), items);
    writeIamDetails(join(dir, 'in', 'iam.json'), roles);
    const out = join(dir, 'out.json');
    const p = ctx.measure(process.execPath, [ctx.cli, 'scan', '--aws-config-snapshot', 'in/config', '--aws-iam-snapshot', 'in/iam.json', '--quiet', '--fail-on', 'none', '--json', out], dir);
    let resources: number | string = '-';
    try {
      resources = (JSON.parse(readFileSync(out, 'utf8')) as { summary: { resources: number } }).summary.resources;
    } catch {
      // reported as '-'
    }
    ctx.emit({ workload: `W2: Config ${items / 1000}k + ${roles} roles`, resources, palisade: p, floor: ctx.floor(join(dir, 'in'), 'json'), note: `targets: 4 s CPU, 1024 MiB${p.status > 1 ? `; exit ${p.status}` : ''}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // 2. Live: inventory calls for a scan of N buckets in moto (target: 110 for 10,000).
  const root = join(import.meta.dirname, '..');
  if (!existsSync(join(root, 'scripts', 'install-moto.sh'))) return;
  const { startMoto, MOTO_ENV } = await import('../test/helpers/moto.js');
  const { startFaultProxy } = await import('../test/helpers/fault-proxy.js');
  const { seed, startRecorder } = await import('../test/helpers/seed-aws.js');
  const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
  const { quietNodeVersionNotice } = await import('../src/sources/aws/clients.js');
  quietNodeVersionNotice();
  const moto = await startMoto();
  const proxy = await startFaultProxy(moto.endpoint);
  const env = { PATH: process.env.PATH ?? '', ...MOTO_ENV, AWS_ENDPOINT_URL: proxy.endpoint };
  try {
    const n = ctx.quick ? 1_000 : 10_000;
    await startRecorder(moto.endpoint, 'us-east-1');
    const s3 = new S3Client({ region: 'us-east-1', endpoint: moto.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    for (let i = 0; i < n; i += 20) await Promise.all(Array.from({ length: Math.min(20, n - i) }, (_, k) => s3.send(new CreateBucketCommand({ Bucket: `w2-live-${i + k}` }))));
    s3.destroy();
    proxy.calls.length = 0;
    const p = await measureAsync(process.execPath, [ctx.cli, 'scan', '--aws', '--aws-regions', 'us-east-1', '--quiet', '--fail-on', 'none', '--json', '/dev/null'], root, env);
    const inventory = proxy.calls.filter((c) => c.service === 'config').length;
    const op = (name: string) => proxy.calls.filter((c) => c.service === 'config' && c.operation === name).length;
    const { INVENTORY_TYPES } = await import('../src/sources/aws/config.js');
    const lists = `${op('ListDiscoveredResources')} ListDiscoveredResources over ${INVENTORY_TYPES.length} types, ${op('BatchGetResourceConfig')} BatchGetResourceConfig`;
    ctx.emit({ workload: `W2 live: ${n} buckets (moto)`, resources: n + 1, palisade: p, note: `${inventory} Config inventory calls (${lists}), ${proxy.calls.length} calls in all (moto has no SelectResourceConfig)` });

    // 2b. The same buckets where Config answers advanced queries: the proxy plays SelectResourceConfig
    // (documented response shape), every other call is moto's.
    const selected = Array.from({ length: n }, (_, i) => {
      const name = `w2-live-${i}`;
      return JSON.stringify({ resourceType: 'AWS::S3::Bucket', resourceId: name, resourceName: name, arn: `arn:aws:s3:::${name}`, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK', configuration: { name }, supplementaryConfiguration: {}, tags: [] });
    });
    proxy.rule = (c) => {
      if (c.service !== 'config' || c.operation !== 'SelectResourceConfig') return null;
      const req = JSON.parse(c.body) as { Expression: string; Limit?: number; NextToken?: string };
      if (req.Expression.startsWith('SELECT COUNT(*)')) return { kind: 'answer', body: { Results: [JSON.stringify({ 'COUNT(*)': n })] } };
      const from = Number(req.NextToken ?? 0);
      const to = from + (req.Limit ?? 100);
      return { kind: 'answer', body: { Results: selected.slice(from, to), ...(to < n ? { NextToken: String(to) } : {}) } };
    };
    proxy.calls.length = 0;
    const q = await measureAsync(process.execPath, [ctx.cli, 'scan', '--aws', '--aws-regions', 'us-east-1', '--quiet', '--fail-on', 'none', '--json', '/dev/null'], root, env);
    const selectCalls = proxy.calls.filter((c) => c.service === 'config').length;
    ctx.emit({ workload: `W2 live: ${n} buckets (Select)`, resources: n, palisade: q, note: `${selectCalls} Config inventory calls, ${proxy.calls.length} calls in all (SelectResourceConfig played by the proxy; target: 110 for 10,000)` });
    proxy.rule = () => null;

    // 3. Prowler beside Palisade on the seeded problems, when installed (a bench venv; never a test dependency).
    const prowler = [join(root, '.tools', 'bench-venv', 'bin', 'prowler'), spawnSync('sh', ['-c', 'command -v prowler'], { encoding: 'utf8' }).stdout.trim()].find((x) => x && existsSync(x));
    if (!prowler) {
      ctx.emit({ workload: 'Prowler (S3, IAM) on moto', resources: '-', note: 'not installed (README: Benchmarks)' });
      return;
    }
    await moto.reset();
    await seed(moto.endpoint);
    const direct = { ...env, AWS_ENDPOINT_URL: moto.endpoint, HOME: mkdtempSync(join(tmpdir(), 'palisade-prowler-')) };
    const oursJson = join(direct.HOME, 'palisade.json');
    const ours = ctx.measure(process.execPath, [ctx.cli, 'scan', '--aws', '--aws-regions', 'us-east-1', '--quiet', '--fail-on', 'none', '--json', oursJson], root, direct);
    const oursFound = readJsonArray(oursJson, (j) => (j as { findings?: unknown[] }).findings);
    ctx.emit({ workload: 'Palisade live (seeded moto)', resources: '-', palisade: ours, note: seededVerdict(oursFound, (f) => (f as { severity?: string }).severity) });
    const prowlerOut = join(direct.HOME, 'prowler');
    const theirs = ctx.measure(prowler, ['aws', '--services', 's3', 'iam', '-f', 'us-east-1', '--no-banner', '-M', 'json-ocsf', '-o', prowlerOut], root, direct);
    const theirsFound = (existsSync(prowlerOut) ? readdirSync(prowlerOut).filter((f) => f.endsWith('.ocsf.json')) : [])
      .flatMap((f) => readJsonArray(join(prowlerOut, f), (j) => j))
      .filter((f) => (f as { status_code?: string }).status_code === 'FAIL');
    ctx.emit({ workload: 'Prowler S3+IAM (seeded moto)', resources: '-', palisade: theirs, note: `${(theirs.cpu / Math.max(ours.cpu, 0.01)).toFixed(1)}x Palisade's CPU; ${seededVerdict(theirsFound, (f) => (f as { severity?: string }).severity)}` });
  } finally {
    await proxy.stop();
    await moto.stop();
  }
}

/** The array a tool's JSON output holds (`pick` finds it), or [] when the file is missing or unreadable. */
function readJsonArray(file: string, pick: (json: unknown) => unknown): unknown[] {
  try {
    const found = pick(JSON.parse(readFileSync(file, 'utf8')));
    return Array.isArray(found) ? found : [];
  } catch {
    return [];
  }
}

/**
 * Which of the three seeded problems a tool's high or critical findings name (the public bucket,
 * the admin role, the console user without MFA), and how many high or critical findings name the
 * compliant twins (the blocked bucket, the read-only role, the API-only user).
 */
export function seededVerdict(findings: unknown[], severityOf: (f: unknown) => string | undefined): string {
  const serious = findings.filter((f) => /^(high|critical)$/i.test(severityOf(f) ?? '')).map((f) => JSON.stringify(f));
  const names = (name: string) => serious.filter((text) => text.includes(name)).length;
  const problems = [['public bucket', 'palisade-public-assets'], ['admin role', 'palisade-admin'], ['console user', 'alice-console']] as const;
  const found = problems.filter(([, name]) => names(name) > 0).map(([label]) => label);
  const twins = ['palisade-private-data', 'palisade-reader', 'bob-deploy'].reduce((n, name) => n + names(name), 0);
  return `high/critical on the seeded problems: ${found.length}/3${found.length < 3 ? ` (missed: ${problems.filter(([l]) => !found.includes(l)).map(([l]) => l).join(', ')})` : ''}; on the compliant twins: ${twins}`;
}

/** As bench/run.ts measures, without blocking this process (the fault proxy answers from it). */
async function measureAsync(cmd: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measure> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', cmd, ...argv], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8000)));
    child.on('close', (code) => {
      const line = stderr.split('\n').reverse().find((l) => l.startsWith('BENCH '));
      if (!line) return reject(new Error(`${cmd}: no timing (${stderr.slice(-400)})`));
      const [, wall, user, sys, rss] = line.split(' ').map(Number) as [number, number, number, number, number];
      resolve({ wall, cpu: user + sys, rssMiB: rss / 1024, status: code ?? -1 });
    });
  });
}
