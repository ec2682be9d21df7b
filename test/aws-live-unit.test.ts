/** The live scan without AWS: no call unless asked, the read-only policy, accounts file, progress. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../src/scan.js';
import { wanted, parseAccountsFile } from '../src/sources/aws/live.js';
import { liveOptionsOf } from '../src/commands/scan.js';
import { progressSink } from '../src/commands/progress.js';
import { ROOT, palisade } from './helpers/cli.js';

test('nothing calls AWS unless a live option is given', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const env = { ...process.env };
  Object.assign(process.env, { AWS_ENDPOINT_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' });
  try {
    const options = liveOptionsOf({}, {});
    assert.equal(options, undefined);
    assert.equal(wanted({ regions: ['us-east-1'] }), false);
    const r = await scan({ paths: ['fixtures'], requiredTags: [], cwd: ROOT, ...(options ? { aws: options } : {}) });
    assert.ok(r.summary.resources > 0);
    await scan({ paths: [], requiredTags: [], cwd: ROOT, aws: { regions: ['us-east-1'] } });
    assert.equal(requests, 0);
  } finally {
    process.env = env;
    server.close();
  }
});

test('--aws-regions without a live option is a usage error; a bad region name too', () => {
  assert.throws(() => liveOptionsOf({ awsRegions: 'us-east-1' }, {}), /needs a live scan/);
  assert.throws(() => liveOptionsOf({ aws: true, awsRegions: 'us-east-1,$(id)' }, {}), /not a region name/);
  assert.deepEqual(liveOptionsOf({ aws: true, awsRegions: 'us-east-1, eu-west-1' }, {})?.regions, ['us-east-1', 'eu-west-1']);
  assert.equal(liveOptionsOf({}, { aws: { enabled: true, regions: 'all' } })?.regions, 'all');
});

test('the accounts file: account and role per line, each bad line an error with its line', () => {
  const { targets, errors } = parseAccountsFile('# org\n111111111111 Audit\n222222222222 arn:aws:iam::222222222222:role/x\nnope\n', 'accounts.txt');
  assert.deepEqual(targets.map((t) => t.roleArn), ['arn:aws:iam::111111111111:role/Audit', 'arn:aws:iam::222222222222:role/x']);
  assert.deepEqual(errors.map((e) => [e.file, e.line]), [['accounts.txt', 4]]);
});

test('progress: plain lines in CI (failures and ends always, starts throttled), a rewritten line on a TTY', () => {
  const out: string[] = [];
  let t = 0;
  const sink = progressSink({ isTTY: false, write: (s) => out.push(s) }, () => t);
  sink({ account: '123456789012', region: 'us-east-1', state: 'start' });
  t = 1;
  sink({ account: '123456789012', region: 'eu-west-1', state: 'start' });
  sink({ account: '123456789012', region: 'eu-west-1', state: 'failed' });
  assert.deepEqual(out, ['palisade: aws 123456789012 us-east-1 scanning [0/1]\n', 'palisade: aws 123456789012 eu-west-1 FAILED (see errors) [1/2]\n']);
  const tty: string[] = [];
  const live = progressSink({ isTTY: true, write: (s) => tty.push(s) });
  live({ account: '1', region: 'r\u001b]', state: 'start' });
  assert.ok(tty[0]!.startsWith('\r\u001b[2K'));
  assert.ok(!tty[0]!.slice(4).includes('\u001b'), 'no escape from input');
});

test('every AWS API the scanner calls is in the shipped read-only policy, and nothing else', () => {
  const dir = join(ROOT, 'src', 'sources', 'aws');
  const service: Record<string, string> = { 'client-config-service': 'config', 'client-iam': 'iam', 'client-sts': 'sts', 'client-ec2': 'ec2', 'client-cloudtrail': 'cloudtrail' };
  const called = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/([\w-]+)'/g)) {
      const svc = service[m[2]!];
      if (!svc) continue;
      for (const name of m[1]!.split(',').map((s) => s.trim())) {
        const cmd = /^(\w+)Command$/.exec(name);
        if (cmd) called.add(`${svc}:${cmd[1]}`);
      }
    }
  }
  // AssumeRole is granted by the target role's trust policy; GetCallerIdentity needs no permission.
  called.delete('sts:AssumeRole');
  called.delete('sts:GetCallerIdentity');
  const policy = JSON.parse(readFileSync(join(ROOT, 'policies', 'iam', 'aws-readonly-policy.json'), 'utf8')) as { Statement: Array<{ Effect: string; Action: string[] }> };
  const granted = new Set(policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action));
  assert.ok(called.size >= 12);
  assert.deepEqual([...called].sort(), [...granted].sort());
  for (const a of granted) assert.match(a, /^(cloudtrail|config|ec2|iam):(Describe|List|Get|BatchGet|Select|GenerateCredentialReport)/);
});

test('--aws-config-snapshot DIR and --aws-iam-snapshot scan offline, with cloud ARNs, exit by findings', () => {
  const r = palisade(['scan', '--aws-config-snapshot', 'fixtures/aws-config', '--aws-iam-snapshot', 'fixtures/aws-config/iam-snapshot.json', '--json', '-', '--fail-on', 'none', '-q']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; cloud?: { arn?: string; account?: string } }>; errors: unknown[] };
  assert.deepEqual(report.errors, []);
  assert.ok(report.findings.length > 0);
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-IAM-011' && f.cloud?.arn?.includes(':user/')));
  assert.ok(report.findings.every((f) => f.cloud?.account && /^\d{12}$/.test(f.cloud.account)));
  const bad = palisade(['scan', '--aws-config-snapshot', 'no-such-dir', '-q']);
  assert.equal(bad.status, 3);
  assert.match(bad.stdout + bad.stderr, /no-such-dir.*cannot read the Config snapshot/);
});

test('the aws: section of .palisade.yaml is validated like the rest', async () => {
  const { parseConfig } = await import('../src/config/load.js');
  const ok = parseConfig('.palisade.yaml', 'aws:\n  enabled: true\n  regions: [us-east-1, eu-west-1]\n  roleArns: ["arn:aws:iam::111111111111:role/Audit"]\n');
  assert.deepEqual(ok.errors, []);
  assert.deepEqual(ok.config.aws?.regions, ['us-east-1', 'eu-west-1']);
  const bad = parseConfig('.palisade.yaml', 'aws:\n  enabled: true\n  regoins: all\n');
  assert.equal(bad.errors.length, 1);
  assert.equal(bad.errors[0]!.line, 3);
  assert.match(bad.errors[0]!.message, /unknown key 'regoins'/);
});

test('a Config trail item without a logging status takes it from GetTrailStatus; a known status is kept', async () => {
  const { normalizeConfigItems } = await import('../src/sources/aws/normalize/index.js');
  const { fillTrailStatus, trailStatusByArn } = await import('../src/sources/aws/cloudtrail.js');
  const fixture = JSON.parse(readFileSync(join(ROOT, 'policies', 'aws', 'cloudtrail', 'multi_region', 'live-fail-single-region.json'), 'utf8')) as { items: unknown[] };
  const arn = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/regional';
  const n = normalizeConfigItems(fixture.items, { account: '111122223333', region: 'us-east-1', origin: 'config-api' });
  const trail = n.resources.find((r) => r.type === 'aws.cloudtrail.trail')!;
  assert.ok(typeof trail.properties.is_logging === 'object', 'Config gives no status');
  fillTrailStatus(n.resources, trailStatusByArn([{ TrailARN: arn, Status: { IsLogging: false } }, { TrailARN: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/unread' }]));
  assert.equal(trail.properties.is_logging, false);
  fillTrailStatus(n.resources, new Map([[arn, true]]));
  assert.equal(trail.properties.is_logging, false, 'a status already known is not overwritten');
});

test('the SDK\'s "Node >= 22" notice stays off stderr; other process warnings still reach it', async () => {
  const { spawnSync } = await import('node:child_process');
  const script = [
    "import { AwsClients } from './src/sources/aws/clients.ts';",
    "import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';",
    "const c = new AwsClients({ maxAttempts: 1, timeoutMs: 500 });",
    "await c.send('sts', 'us-east-1', new GetCallerIdentityCommand({})).catch(() => {});",
    "c.destroy();",
    "process.emitWarning('a real warning');",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /a real warning/);
  assert.doesNotMatch(r.stderr, /NodeVersionSupportWarning|node >=22/);
});
