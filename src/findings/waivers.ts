/**
 * Waivers from the configuration: a rule and a resource glob, a required reason and expiry
 * date, an optional owner. Pure: the clock is passed in.
 * - active (today <= expires): the finding is suppressed, and stays in every report;
 * - expired: it suppresses nothing; the finding says which waiver expired, and when;
 * - expiring within `warnDays` days, or matching no finding: a warning.
 */
import type { InputError } from '../model/resource.js';
import type { Finding } from './types.js';
import { globMatch } from './glob.js';

export interface Waiver {
  /** A rule id, or a glob over rule ids. */
  rule: string;
  /** A glob over the resource id, CDK construct path, logical id (name) or ARN. */
  resource: string;
  reason: string;
  owner?: string;
  /** ISO date, YYYY-MM-DD (UTC). The waiver holds through that day. */
  expires: string;
  /** Where it is written (filled by the configuration loader). */
  source?: { file: string; line?: number };
}

export interface WaiverOptions {
  now: Date;
  /** Warn when a waiver expires within this many days (default 14). */
  warnDays?: number;
}

const DAY = 86_400_000;

/** Whole days from today (UTC) to the expiry date: 0 on the day itself, negative once past. */
export function daysLeft(expires: string, now: Date): number {
  const end = Date.parse(`${expires}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((end - today) / DAY);
}

/** The names a waiver's resource glob is matched against. */
export function resourceNames(f: Finding): string[] {
  return [f.resource.id, f.resource.name, f.cdk?.constructPath, f.cloud?.arn].filter((s): s is string => typeof s === 'string' && s !== '');
}

export function waiverMatches(w: Waiver, f: Finding): boolean {
  return globMatch(w.rule, f.ruleId) && resourceNames(f).some((n) => globMatch(w.resource, n));
}

function at(w: Waiver, level: InputError['level'], message: string): InputError {
  return { file: w.source?.file ?? 'configuration', ...(w.source?.line !== undefined ? { line: w.source.line } : {}), level, message };
}

const describe = (w: Waiver) => `waiver for ${w.rule} on ${w.resource}${w.owner ? ` (owner ${w.owner})` : ''}`;

export function applyWaivers(findings: Finding[], waivers: Waiver[], options: WaiverOptions): { findings: Finding[]; warnings: InputError[] } {
  const warnDays = options.warnDays ?? 14;
  const warnings: InputError[] = [];
  const used = new Set<Waiver>();
  const out = findings.map((f) => {
    const matching = waivers.filter((w) => waiverMatches(w, f));
    // A waiver over a finding already suppressed inline still matches something.
    for (const w of matching) used.add(w);
    if (f.suppressed || matching.length === 0) return f;
    const active = matching.find((w) => daysLeft(w.expires, options.now) >= 0);
    if (active) {
      return {
        ...f,
        suppressed: active.reason,
        suppression: {
          kind: 'waiver' as const,
          reason: active.reason,
          ...(active.owner ? { owner: active.owner } : {}),
          expires: active.expires,
          ...(active.source ? { source: active.source } : {}),
        },
      };
    }
    const latest = [...matching].sort((a, b) => b.expires.localeCompare(a.expires))[0]!;
    return {
      ...f,
      expiredWaiver: {
        reason: latest.reason,
        ...(latest.owner ? { owner: latest.owner } : {}),
        expires: latest.expires,
        ...(latest.source ? { source: `${latest.source.file}${latest.source.line !== undefined ? `:${latest.source.line}` : ''}` } : {}),
      },
    };
  });
  for (const w of waivers) {
    const left = daysLeft(w.expires, options.now);
    if (!used.has(w)) warnings.push(at(w, 'warning', `${describe(w)} matches no finding: remove it`));
    else if (left < 0) warnings.push(at(w, 'warning', `${describe(w)} expired on ${w.expires}: its findings are active again`));
    else if (left <= warnDays) {
      warnings.push(at(w, 'warning', `${describe(w)} expires on ${w.expires} (${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`})`));
    }
  }
  return { findings: out, warnings };
}
