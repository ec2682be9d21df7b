/**
 * A live scan: which accounts (the caller's, assumed roles, an accounts file), which regions
 * (listed, or every enabled region from ec2:DescribeRegions), then per account IAM once and per
 * region AWS Config. A failing account or region is one error naming both; every other account
 * and region is still scanned. Nothing here runs unless a live option was given (see wanted()).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readConfigSnapshot, readIamSnapshot } from './snapshot.js';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import type { InputError, LoadResult, Resource } from '../../model/resource.js';
import { normalizeAccount, normalizeConfigItems, normalizeIam, recordedBy, type RegionStatus } from './normalize/index.js';
import { AwsClients, describeAwsError, type ClientSettings } from './clients.js';
import { aggregatorInventory, gap, recordedComplete, regionInventory } from './config.js';
import { fetchIam } from './iam.js';
import { fetchTrails, fillTrailStatus, trailStatusByArn } from './cloudtrail.js';

export interface LiveOptions {
  /** `--aws`: scan the account of the default credentials. */
  enabled?: boolean;
  regions?: string[] | 'all';
  profile?: string;
  roleArns?: string[];
  externalId?: string;
  accountsFile?: string;
  aggregator?: string;
  aggregatorRegion?: string;
  /** Offline: Config snapshot files (.json, .json.gz) or a folder of them; saved IAM calls. */
  configSnapshot?: string;
  iamSnapshot?: string;
  timeoutMs?: number;
  maxAttempts?: number;
  /** One line per account/region as it starts and ends. */
  progress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  account: string;
  region: string;
  state: 'start' | 'done' | 'failed';
  resources?: number;
}

/** Whether any option asks for a live scan: nothing calls AWS otherwise. */
export function wanted(o: LiveOptions | undefined): boolean {
  return !!o && (o.enabled === true || !!o.configSnapshot || !!o.iamSnapshot || (o.roleArns?.length ?? 0) > 0 || !!o.accountsFile || !!o.aggregator);
}

export const SESSION_NAME = 'palisade';
const HOME_REGION = 'us-east-1';

interface Target {
  label: string;
  roleArn?: string;
}

/** `--aws-accounts FILE`: `<account id> <role name or ARN>` per line; `#` comments. */
export function parseAccountsFile(text: string, file: string): { targets: Target[]; errors: InputError[] } {
  const targets: Target[] = [];
  const errors: InputError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [account, role, ...rest] = line.split(/[\s,]+/);
    if (!account || !/^\d{12}$/.test(account) || !role || rest.length > 0) {
      errors.push({ file, line: i + 1, level: 'error', message: 'expected `<12-digit account id> <role name or ARN>`' });
      return;
    }
    const arn = role.startsWith('arn:') ? role : `arn:aws:iam::${account}:role/${role}`;
    if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]{1,512}$/.test(arn)) {
      errors.push({ file, line: i + 1, level: 'error', message: 'the role is not a valid IAM role name or ARN' });
      return;
    }
    targets.push({ label: account, roleArn: arn });
  });
  return { targets, errors };
}

async function credentialsFor(base: AwsClients, target: Target, externalId: string | undefined): Promise<AwsClients> {
  if (!target.roleArn) return base;
  const out = await base.send<'sts', { Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date } }>(
    'sts',
    HOME_REGION,
    new AssumeRoleCommand({ RoleArn: target.roleArn, RoleSessionName: SESSION_NAME, ...(externalId ? { ExternalId: externalId } : {}) }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
  return base.withCredentials({ accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}), ...(c.Expiration ? { expiration: c.Expiration } : {}) });
}

async function regionsOf(clients: AwsClients, wantedRegions: LiveOptions['regions']): Promise<string[]> {
  if (Array.isArray(wantedRegions) && wantedRegions.length > 0) return wantedRegions;
  if (wantedRegions === 'all') {
    const r = await clients.send<'ec2', { Regions?: Array<{ RegionName?: string }> }>('ec2', HOME_REGION, new DescribeRegionsCommand({}));
    return (r.Regions ?? []).map((x) => x.RegionName).filter((x): x is string => !!x).sort();
  }
  return [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? HOME_REGION];
}

/** Offline runs: snapshot files only, no AWS call. */
export function loadSnapshots(options: LiveOptions, cwd: string): LoadResult {
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  const name = (p: string) => relative(cwd, p).split('\\').join('/') || p;
  if (options.configSnapshot) {
    const base = resolve(cwd, options.configSnapshot);
    let files: string[] = [];
    try {
      files = statSync(base).isDirectory() ? readdirSync(base).filter((f) => /_ConfigSnapshot_.*\.json(\.gz)?$/.test(f)).sort().map((f) => join(base, f)) : [base];
      if (files.length === 0) errors.push({ file: name(base), level: 'error', message: 'no Config snapshot (*_ConfigSnapshot_*.json or .json.gz, as Config names them) in this folder' });
    } catch (err) {
      errors.push({ file: options.configSnapshot, level: 'error', message: `cannot read the Config snapshot (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
    for (const f of files) {
      try {
        const s = readConfigSnapshot(readFileSync(f), name(f));
        errors.push(...s.errors);
        const n = normalizeConfigItems(s.items, { account: s.account ?? 'unknown', region: s.region ?? 'unknown', origin: `config-snapshot:${name(f)}` });
        // As online: with the IAM snapshot given, IAM comes from it; Config's copies would duplicate it.
        resources.push(...(options.iamSnapshot ? n.resources.filter((r) => !r.type.startsWith('aws.iam.')) : n.resources));
        errors.push(...n.errors);
      } catch (err) {
        errors.push({ file: name(f), level: 'error', message: `cannot read the Config snapshot (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      }
    }
  }
  if (options.iamSnapshot) {
    const f = resolve(cwd, options.iamSnapshot);
    try {
      const s = readIamSnapshot(readFileSync(f), name(f));
      errors.push(...s.errors);
      const n = normalizeIam(s.inputs, { account: s.account ?? 'unknown', origin: `iam-snapshot:${name(f)}` });
      resources.push(...n.resources);
      errors.push(...n.errors);
    } catch (err) {
      errors.push({ file: name(f), level: 'error', message: `cannot read the IAM snapshot (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { resources, errors };
}

/** The whole live scan, as one LoadResult. Never throws. */
export async function loadLive(options: LiveOptions, cwd = process.cwd()): Promise<LoadResult> {
  const offline = loadSnapshots(options, cwd);
  const online = options.enabled || (options.roleArns?.length ?? 0) > 0 || !!options.accountsFile || !!options.aggregator;
  if (!online) return offline;
  const got = await loadOnline(options, cwd);
  return { resources: [...offline.resources, ...got.resources], errors: [...offline.errors, ...got.errors] };
}

async function loadOnline(options: LiveOptions, cwd: string): Promise<LoadResult> {
  const settings: ClientSettings = {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
  const base = new AwsClients(settings);
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  const clientsToClose: AwsClients[] = [base];
  try {
    const targets: Target[] = [];
    if (options.accountsFile) {
      try {
        const parsed = parseAccountsFile(readFileSync(resolve(cwd, options.accountsFile), 'utf8'), options.accountsFile);
        targets.push(...parsed.targets);
        errors.push(...parsed.errors);
      } catch (err) {
        errors.push({ file: options.accountsFile, level: 'error', message: `cannot read the accounts file (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      }
    }
    for (const arn of options.roleArns ?? []) targets.push({ label: arn, roleArn: arn });
    if (options.aggregator) {
      const region = options.aggregatorRegion ?? HOME_REGION;
      const agg = await aggregatorInventory(base, options.aggregator, region);
      errors.push(...agg.errors);
      const byScope = new Map<string, unknown[]>();
      for (const it of agg.items) {
        const k = `${(it as { accountId?: string }).accountId ?? 'unknown'}|${(it as { awsRegion?: string }).awsRegion ?? region}`;
        byScope.set(k, [...(byScope.get(k) ?? []), it]);
      }
      for (const [k, items] of byScope) {
        const [account, r] = k.split('|') as [string, string];
        const n = normalizeConfigItems(items, { account, region: r, origin: 'config-api' });
        resources.push(...n.resources);
        errors.push(...n.errors);
      }
    }
    if (targets.length === 0 && (options.enabled || !options.aggregator)) targets.push({ label: 'default credentials' });

    for (const target of targets) {
      let clients: AwsClients;
      let account: string;
      try {
        clients = await credentialsFor(base, target, options.externalId);
        if (clients !== base) clientsToClose.push(clients);
        const id = await clients.send<'sts', { Account?: string }>('sts', HOME_REGION, new GetCallerIdentityCommand({}));
        account = id.Account ?? 'unknown';
      } catch (err) {
        errors.push({ file: `aws:${target.label}`, level: 'error', message: `${target.roleArn ? `assume role ${target.roleArn}` : 'identify the account'}: ${describeAwsError(err)}; this account was not scanned` });
        options.progress?.({ account: target.label, region: '-', state: 'failed' });
        continue;
      }
      const out = await scanAccount(clients, account, options);
      resources.push(...out.resources);
      errors.push(...out.errors);
    }
  } catch (err) {
    errors.push({ file: 'aws', level: 'error', message: `live scan: ${describeAwsError(err)}` });
  } finally {
    for (const c of clientsToClose) c.destroy();
  }
  return { resources, errors };
}

async function scanAccount(clients: AwsClients, account: string, options: LiveOptions): Promise<LoadResult> {
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  let regions: string[];
  try {
    regions = await regionsOf(clients, options.regions);
  } catch (err) {
    errors.push(gap({ account, region: HOME_REGION }, `ec2 DescribeRegions (--aws-regions all): ${describeAwsError(err)}; this account was not scanned`));
    return { resources, errors };
  }

  options.progress?.({ account, region: 'global', state: 'start' });
  const iam = await fetchIam(clients, account);
  const iamLoaded = normalizeIam(iam.inputs, { account, origin: 'iam-api' });
  resources.push(...iamLoaded.resources);
  errors.push(...iam.errors, ...iamLoaded.errors);
  options.progress?.({ account, region: 'global', state: iam.errors.length ? 'failed' : 'done', resources: iamLoaded.resources.length });

  // CloudTrail once per account, from the first region (shadow trails list every multi-region trail).
  const ct = await fetchTrails(clients, account, regions[0] ?? HOME_REGION);
  errors.push(...ct.errors);
  const trailLogging = trailStatusByArn(ct.trails);

  const statuses: RegionStatus[] = [];
  // Regions in parallel; calls within a region are bounded by the client limiters.
  const results = await Promise.all(
    regions.map(async (region) => {
      options.progress?.({ account, region, state: 'start' });
      try {
        const inv = await regionInventory(clients, { account, region });
        const n = normalizeConfigItems(inv.items, { account, region, origin: 'config-api' }, recordedComplete(recordedBy(inv.recorders), inv));
        // IAM is global and read from the IAM API: Config's copies would duplicate it.
        const kept = n.resources.filter((r) => !r.type.startsWith('aws.iam.'));
        options.progress?.({ account, region, state: 'done', resources: kept.length });
        return { region, ok: true as const, inv, n: { resources: kept, errors: n.errors } };
      } catch (err) {
        options.progress?.({ account, region, state: 'failed' });
        return { region, ok: false as const, error: gap({ account, region }, `AWS Config: ${describeAwsError(err)}; this region was not scanned`) };
      }
    }),
  );
  for (const r of results) {
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    statuses.push({ region: r.region, recorders: r.inv.recorders, recorderStatus: r.inv.recorderStatus });
    fillTrailStatus(r.n.resources, trailLogging);
    resources.push(...r.n.resources);
    errors.push(...r.inv.errors, ...r.n.errors);
  }
  const acct = normalizeAccount(account, statuses, ct.trails);
  resources.push(...acct.resources);
  errors.push(...acct.errors);
  return { resources, errors };
}
