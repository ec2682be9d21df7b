/**
 * A live scan: which accounts (the caller's, assumed roles, an accounts file), which regions
 * (listed, or every enabled region from ec2:DescribeRegions), then per account IAM once and per
 * region AWS Config. A failing account or region is one error naming both; every other account
 * and region is still scanned. Nothing here runs unless a live option was given (see wanted()).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readConfigSnapshot, readIamSnapshot } from './snapshot.js';
import type { FileDigest, InputError, LoadResult, Resource } from '../../model/resource.js';
import { digestOf } from '../digest.js';
import { normalizeConfigItems, normalizeIam } from './normalize/index.js';

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
  /** Hash the snapshot files as they are read, into LoadResult.read (for the evidence record). */
  digests?: boolean;
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

export interface Target {
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

/** Offline runs: snapshot files only, no AWS call. */
export function loadSnapshots(options: LiveOptions, cwd: string): LoadResult {
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  const read: FileDigest[] = [];
  const name = (p: string) => relative(cwd, p).split('\\').join('/') || p;
  const bytesOf = (f: string): Buffer => {
    const bytes = readFileSync(f);
    if (options.digests) read.push(digestOf(name(f), bytes));
    return bytes;
  };
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
        const s = readConfigSnapshot(bytesOf(f), name(f));
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
      const s = readIamSnapshot(bytesOf(f), name(f));
      errors.push(...s.errors);
      const n = normalizeIam(s.inputs, { account: s.account ?? 'unknown', origin: `iam-snapshot:${name(f)}` });
      resources.push(...n.resources);
      errors.push(...n.errors);
    } catch (err) {
      errors.push({ file: name(f), level: 'error', message: `cannot read the IAM snapshot (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { resources, errors, ...(read.length > 0 ? { read } : {}) };
}

/** The whole live scan, as one LoadResult. Never throws. */
export async function loadLive(options: LiveOptions, cwd = process.cwd()): Promise<LoadResult> {
  const offline = loadSnapshots(options, cwd);
  const online = options.enabled || (options.roleArns?.length ?? 0) > 0 || !!options.accountsFile || !!options.aggregator;
  if (!online) return offline;
  // Imported only online: an offline scan never loads the AWS SDK (a quarter of a second of CPU).
  const { loadOnline } = await import('./online.js');
  const got = await loadOnline(options, cwd);
  return { ...offline, resources: [...offline.resources, ...got.resources], errors: [...offline.errors, ...got.errors] };
}

