/**
 * Values that came from outside the repository (variables the user passed, or the process
 * environment when asked for) never reach a report: any text of a finding or an input problem
 * that contains one has it replaced. Secret shapes (tokens, AWS key ids, private keys, URL
 * passwords) are scrubbed from every text too, wherever they were written. This is the last line
 * behind the loaders' own secret tracking, and it covers messages that quote a name, path or
 * reference taken from the input.
 */
import type { InputError } from '../model/resource.js';
import type { Finding } from './types.js';
import { scrubText } from '../sources/secrets.js';

export const REDACTED = '[redacted]';

/** Shorter values are words like `1`, `on` or `dev`: redacting them would garble every message. */
const MIN_LENGTH = 4;

/** Texts remembered per report; past this many, the rest are scrubbed each time. */
const MAX_SEEN = 200_000;

/** Keys whose values are produced by Palisade (ids, paths it discovered), never from variables. */
const KEEP = new Set(['ruleId', 'severity', 'category', 'source', 'fingerprint', 'level', 'type']);

export interface Redactor {
  text(s: string): string;
  findings(list: Finding[]): Finding[];
  errors(list: InputError[]): InputError[];
}

export function redactor(env: Record<string, string | undefined> | undefined): Redactor {
  const values = [...new Set(Object.values(env ?? {}).filter((v): v is string => typeof v === 'string' && v.length >= MIN_LENGTH))]
    // Longest first, so a value containing another is replaced whole.
    .sort((a, b) => b.length - a.length);
  const scrub = (s: string): string => {
    let out = s;
    for (const v of values) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return scrubText(out);
  };
  // With values to replace, findings repeat the same texts (titles, files, types, names): each
  // is scrubbed once. Without, scrubText's one regex test per text is cheaper than the memo's
  // lookups: 1.4 million texts in W2's findings, 290,000 of them distinct (a map of them cost
  // about 0.27 s, scrubbing them all about 0.12 s).
  const seen = new Map<string, string>();
  const text = values.length === 0 ? (s: string): string => scrubText(s) : (s: string): string => {
    let out = seen.get(s);
    if (out === undefined) {
      out = scrub(s);
      if (seen.size < MAX_SEEN) seen.set(s, out);
    }
    return out;
  };
  // Copy on write: a value none of whose texts change is returned as it is (the common case, by
  // far), so a report's findings are not rebuilt object by object; one that changes is rebuilt.
  const deep = <T>(x: T): T => {
    if (typeof x === 'string') return text(x) as T;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) if (deep(x[i]) !== x[i]) return x.map(deep) as T;
      return x;
    }
    if (x && typeof x === 'object') {
      let changed = false;
      // for-in, not Object.keys: no array per object; own keys only, in the same order.
      for (const k in x) {
        if (!Object.hasOwn(x, k) || KEEP.has(k)) continue;
        const v = (x as Record<string, unknown>)[k];
        if (deep(v) !== v) {
          changed = true;
          break;
        }
      }
      if (!changed) return x;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x)) {
        const v = (x as Record<string, unknown>)[k];
        const value = KEEP.has(k) ? v : deep(v);
        // A key named __proto__ stays a key (as Object.fromEntries would keep it).
        if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
        else out[k] = value;
      }
      return out as T;
    }
    return x;
  };
  return {
    text,
    findings: (list) => list.map(deep),
    errors: (list) => list.map(deep),
  };
}
