/**
 * The IAM credential report (GetCredentialReport's CSV): one row per user plus `<root_account>`.
 * Only facts are kept (console password on, MFA on, each access key active and its age and last
 * use in whole days); no key id or secret is in the report, and none reaches the model.
 */
import type { InputError } from '../../../model/resource.js';

export interface CredentialRow {
  user: string;
  arn: string;
  password_enabled: boolean;
  mfa_active: boolean;
  access_keys: Array<{ active: boolean; last_rotated_days: number | null; last_used_days: number | null }>;
}

const REQUIRED = ['user', 'arn', 'password_enabled', 'mfa_active', 'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date'];
/** A report holds one row per IAM user: 5000 users is IAM's quota, with room to spare. */
const MAX_ROWS = 20_000;

export function parseCredentialReport(csv: string, now: Date, origin: string): { rows: CredentialRow[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    errors.push({ file: origin, line: 1, level: 'error', message: `the credential report has no column ${missing.join(', ')}: it was not read` });
    return { rows: [], errors };
  }
  if (lines.length - 1 > MAX_ROWS) errors.push({ file: origin, level: 'error', message: `the credential report has more than ${MAX_ROWS} rows: the rest were not read` });
  const col = Object.fromEntries(header.map((h, i) => [h, i]));
  const rows: CredentialRow[] = [];
  for (const [i, line] of lines.slice(1, MAX_ROWS + 1).entries()) {
    // The report quotes nothing: user names and ARNs cannot hold commas.
    const cells = line.split(',');
    if (cells.length < header.length) {
      errors.push({ file: origin, line: i + 2, level: 'error', message: `credential report row ${i + 2} has ${cells.length} columns, not ${header.length}: it was not read` });
      continue;
    }
    const c = (name: string) => (cells[col[name]!] ?? '').trim();
    const key = (n: 1 | 2) => ({
      active: c(`access_key_${n}_active`) === 'true',
      last_rotated_days: daysSince(c(`access_key_${n}_last_rotated`), now),
      last_used_days: daysSince(c(`access_key_${n}_last_used_date`), now),
    });
    rows.push({
      user: c('user'),
      arn: c('arn'),
      // The root row says not_supported: its console password is always there.
      password_enabled: c('password_enabled') === 'true' || c('password_enabled') === 'not_supported',
      mfa_active: c('mfa_active') === 'true',
      access_keys: [key(1), key(2)].filter((k) => k.active || k.last_rotated_days !== null),
    });
  }
  return { rows, errors };
}

/** Whole days from an ISO time to now; null for N/A, no_information and anything unparsable. */
function daysSince(iso: string, now: Date): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

export const ROOT_USER = '<root_account>';
