/**
 * Offline inputs: AWS Config snapshot files as Config delivers them to S3
 * (`<account>_Config_<region>_ConfigSnapshot_<time>_<id>.json.gz`, or the same JSON
 * uncompressed) and an IAM snapshot (the saved output of the IAM calls a live scan makes).
 * Pure functions over bytes: the caller reads the file (size-limited, inside the scan root).
 * Decompression is bounded, so a gzip bomb is an error naming the file, not an exhausted heap.
 */
import { gunzipSync } from 'node:zlib';
import type { InputError } from '../../model/resource.js';
import type { IamInputs } from './normalize/account.js';

/** Decompressed size allowed for one snapshot file (a large account's region is tens of MB). */
export const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

const err = (file: string, message: string): InputError => ({ file, message, level: 'error' });

/** The file's text: gunzipped when it starts with the gzip magic bytes, whatever its name. */
function text(bytes: Buffer, file: string, maxBytes: number): string | InputError {
  let raw = bytes;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (e) {
      const tooBig = e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return err(file, tooBig ? `read: decompresses to more than the ${maxBytes}-byte limit: not read` : 'read: not a valid gzip file (truncated or corrupt)');
    }
  } else if (/\.gz$/i.test(file)) {
    return err(file, 'read: named .gz but not gzip-compressed');
  }
  if (raw.length > maxBytes) return err(file, `read: ${raw.length} bytes, larger than the ${maxBytes}-byte limit: not read`);
  return raw.toString('utf8').replace(/^\uFEFF/, '');
}

function parse(bytes: Buffer, file: string, maxBytes: number): unknown {
  const t = text(bytes, file, maxBytes);
  if (typeof t !== 'string') return t;
  try {
    return JSON.parse(t) as unknown;
  } catch (e) {
    // The parser's message may quote the input: only its position is kept.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    const line = at === undefined ? undefined : t.slice(0, Number(at)).split('\n').length;
    return { file, line, level: 'error', message: 'parse: not valid JSON' } satisfies InputError;
  }
}

const isError = (v: unknown): v is InputError => typeof v === 'object' && v !== null && 'level' in v && 'message' in v && 'file' in v && Object.keys(v).length <= 4;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `123456789012_Config_eu-west-1_ConfigSnapshot_...`: the account and region Config put in the name. */
const SNAPSHOT_NAME = /(?:^|[\\/])(\d{12})_Config_([a-z0-9-]+)_ConfigSnapshot_/;

/**
 * A Config snapshot: `{fileVersion, configSnapshotId, configurationItems: [...]}`. account and
 * region are those of the file name, else those all its items share.
 */
export function readConfigSnapshot(bytes: Buffer, file: string, maxBytes = MAX_SNAPSHOT_BYTES): { items: unknown[]; errors: InputError[]; account?: string; region?: string } {
  const doc = parse(bytes, file, maxBytes);
  if (isError(doc)) return { items: [], errors: [doc] };
  if (!isObj(doc) || !Array.isArray(doc.configurationItems)) {
    return { items: [], errors: [err(file, 'not an AWS Config snapshot: no configurationItems list')] };
  }
  const items = doc.configurationItems as unknown[];
  const named = SNAPSHOT_NAME.exec(file);
  const shared = (key: string) => {
    const values = new Set(items.map((i) => (isObj(i) ? i[key] : undefined)).filter((v) => typeof v === 'string'));
    return values.size === 1 ? ([...values][0] as string) : undefined;
  };
  const account = named?.[1] ?? shared('awsAccountId');
  const region = named?.[2] ?? shared('awsRegion');
  return { items, errors: [], ...(account ? { account } : {}), ...(region ? { region } : {}) };
}

/**
 * An IAM snapshot: one JSON object (a file of the CLI outputs below, saved side by side):
 * ```json
 * {
 *   "account": "123456789012",
 *   "authorizationDetails": { "UserDetailList": [], "GroupDetailList": [], "RoleDetailList": [], "Policies": [] },
 *   "credentialReport": { "GeneratedTime": "2026-11-30T06:00:00Z", "Content": "<base64 CSV, as GetCredentialReport returns it>" },
 *   "passwordPolicy": { "PasswordPolicy": { "MinimumPasswordLength": 14 } },
 *   "accountSummary": { "SummaryMap": { "AccountMFAEnabled": 1 } },
 *   "virtualMfaDevices": { "VirtualMFADevices": [] }
 * }
 * ```
 * `aws iam get-account-authorization-details`, `get-credential-report`,
 * `get-account-password-policy`, `get-account-summary` and `list-virtual-mfa-devices` print
 * exactly these values. The CLI output wrappers are optional (`passwordPolicy` may be the policy
 * itself; `null` when the account has none, IAM's NoSuchEntity); `credentialReport` may also be
 * the CSV text. A key left out is a call not made: what depends on it is Unknown.
 */
export function readIamSnapshot(bytes: Buffer, file: string, maxBytes = MAX_SNAPSHOT_BYTES): { inputs: IamInputs; errors: InputError[]; account?: string } {
  const doc = parse(bytes, file, maxBytes);
  if (isError(doc)) return { inputs: {}, errors: [doc] };
  if (!isObj(doc)) return { inputs: {}, errors: [err(file, 'not an IAM snapshot: not a JSON object')] };
  const errors: InputError[] = [];
  const inputs: IamInputs = {};
  const known = new Set(['account', 'authorizationDetails', 'credentialReport', 'passwordPolicy', 'accountSummary', 'virtualMfaDevices']);
  const extra = Object.keys(doc).filter((k) => !known.has(k));
  if (extra.length > 0) errors.push({ file, level: 'warning', message: `IAM snapshot keys not read: ${extra.slice(0, 10).join(', ')}` });
  if (doc.authorizationDetails !== undefined) inputs.authorizationDetails = doc.authorizationDetails;
  const report = doc.credentialReport;
  if (typeof report === 'string') inputs.credentialReportCsv = report;
  else if (isObj(report) && typeof report.Content === 'string') {
    inputs.credentialReportCsv = Buffer.from(report.Content, 'base64').toString('utf8');
    if (typeof report.GeneratedTime === 'string') inputs.credentialReportGeneratedAt = report.GeneratedTime;
  } else if (report !== undefined) errors.push(err(file, 'credentialReport is neither CSV text nor {Content: <base64>}: not read'));
  if (doc.passwordPolicy !== undefined) inputs.passwordPolicy = isObj(doc.passwordPolicy) && 'PasswordPolicy' in doc.passwordPolicy ? doc.passwordPolicy.PasswordPolicy : doc.passwordPolicy;
  if (doc.accountSummary !== undefined) inputs.accountSummary = isObj(doc.accountSummary) && 'SummaryMap' in doc.accountSummary ? doc.accountSummary.SummaryMap : doc.accountSummary;
  const mfa = isObj(doc.virtualMfaDevices) ? doc.virtualMfaDevices.VirtualMFADevices : doc.virtualMfaDevices;
  if (Array.isArray(mfa)) inputs.virtualMfaDevices = mfa;
  else if (mfa !== undefined) errors.push(err(file, 'virtualMfaDevices is not a list: not read'));
  const account = typeof doc.account === 'string' && /^\d{12}$/.test(doc.account) ? doc.account : accountFromDetails(doc.authorizationDetails);
  if (account === undefined) errors.push(err(file, 'the IAM snapshot names no account (an "account" key or an ARN in authorizationDetails)'));
  return { inputs, errors, ...(account ? { account } : {}) };
}

function accountFromDetails(d: unknown): string | undefined {
  if (!isObj(d)) return undefined;
  for (const key of ['RoleDetailList', 'UserDetailList', 'GroupDetailList']) {
    const list = d[key];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const m = isObj(e) && typeof e.Arn === 'string' ? /^arn:[^:]+:iam::(\d{12}):/.exec(e.Arn) : null;
      if (m) return m[1];
    }
  }
  return undefined;
}
