/**
 * Reading AWS API values: AWS Config gives the same setting as `sseAlgorithm` in one item type,
 * `SSEAlgorithm` in another (CloudFormation-registry types) and the IAM API as `SseAlgorithm`, so
 * keys are matched without regard to case. Values that AWS sends as JSON text (Config's
 * `configuration` and `supplementaryConfiguration` in BatchGetResourceConfig, bucket policy text,
 * queue attributes) are parsed where they are read. Nothing here throws.
 */
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Maybe } from '../../../model/aws/index.js';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v);

/** The value at `key` in `o`, the key matched case-insensitively; undefined when absent. */
export function get(o: unknown, key: string): unknown {
  if (!isObj(o)) return undefined;
  if (key in o) return o[key];
  const k = key.toLowerCase();
  // The length check first spares a lower-cased copy of nearly every key (AWS keys are ASCII);
  // for-in spares the array of keys (these objects have no enumerable inherited keys).
  for (const name in o) if (name.length === k.length && Object.hasOwn(o, name) && name.toLowerCase() === k) return o[name];
  return undefined;
}

/** The value at a path of keys (case-insensitive), JSON text parsed on the way. */
export function at(o: unknown, ...path: string[]): unknown {
  let v: unknown = o;
  for (const key of path) {
    v = get(json(v), key);
    if (v === undefined) return undefined;
  }
  return v;
}

/** A value AWS may send as JSON text: parsed when it is a string holding an object or array. */
export function json(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return v;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return unknown('a value AWS sends as JSON text is not valid JSON');
  }
}

/** A string, or null when absent/null; Unknown when it is something else. */
export function str(v: unknown): Maybe<string> | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return isUnknown(v) ? v : unknown('not a string');
}

/** A boolean (Config also writes `"true"`/`"false"`); `dflt` when absent. */
export function bool(v: unknown, dflt: Maybe<boolean>): Maybe<boolean> {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return isUnknown(v) ? v : unknown('not a boolean');
}

export function num(v: unknown, dflt: Maybe<number> | null = null): Maybe<number> | null {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return isUnknown(v) ? v : unknown('not a number');
}

/** A list of strings: a single string becomes a list of one, null/absent the empty list. */
export function strs(v: unknown): Array<Maybe<string>> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return [v];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => str(x) ?? unknown('a null entry'));
}

export function list(v: unknown): unknown[] {
  const parsed = json(v);
  return Array.isArray(parsed) ? parsed : [];
}

/** What an unknown field says: AWS Config (or the API) does not report it. */
export const notReported = (what: string): Unknown => unknown(`${what} is not in the AWS Config item`);
