/**
 * The online part of a live scan (see live.ts): credentials, accounts and regions, then per
 * account IAM once and per region AWS Config. In a module of its own, with every AWS SDK
 * client, so that an offline scan (snapshot files) never loads the SDK.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import type { InputError, LoadResult, Resource } from '../../model/resource.js';
import { normalizeAccount, normalizeConfigItems, normalizeIam, recordedBy, type RegionStatus } from './normalize/index.js';
import { AwsClients, describeAwsError, type ClientSettings } from './clients.js';
import { aggregatorInventory, gap, recordedComplete, regionInventory } from './config.js';
import { fetchIam } from './iam.js';
import { fetchTrails, fillTrailStatus, trailStatusByArn } from './cloudtrail.js';
import { parseAccountsFile, SESSION_NAME, type LiveOptions, type Target } from './live.js';

const HOME_REGION = 'us-east-1';

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

export async function loadOnline(options: LiveOptions, cwd: string): Promise<LoadResult> {
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
