/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` (nested in the default, error and
 * alternative parts) and `$$` for a literal `$`; then applied to a located tree, with the types
 * Compose gives interpolated booleans and numbers. Pure: variables come from a lookup, problems
 * go to a callback.
 */
import type { LEntry, LNode, LScalar, Origin } from '../document/located.js';
import { isSecretName } from '../secrets.js';

export type Lookup = (name: string) => string | undefined;

export type Report = (origin: Origin, level: 'error' | 'warning', message: string) => void;

export type Problem =
  | { kind: 'unset'; name: string }
  | { kind: 'required'; name: string; message: string }
  | { kind: 'syntax' };

export interface Interpolated {
  value: string;
  /** At least one variable expression was evaluated. */
  substituted: boolean;
  /** Names of the variables that were read and set (for secret tracking). */
  used: Array<{ name: string; value: string }>;
  problems: Problem[];
}

const NAME = /^[_A-Za-z][_A-Za-z0-9]*/;

export function interpolate(text: string, lookup: Lookup): Interpolated {
  const out: Interpolated = { value: '', substituted: false, used: [], problems: [] };
  out.value = expand(text, lookup, out);
  return out;
}

function read(name: string, lookup: Lookup, acc: Interpolated): string | undefined {
  const v = lookup(name);
  if (v !== undefined && v !== '') acc.used.push({ name, value: v });
  return v;
}

function expand(text: string, lookup: Lookup, acc: Interpolated): string {
  if (!text.includes('$')) return text;
  let result = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      result += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      result += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, i + 1);
      if (close < 0) {
        acc.problems.push({ kind: 'syntax' });
        result += text.slice(i);
        break;
      }
      result += braced(text.slice(i + 2, close), lookup, acc, text.slice(i, close + 1));
      i = close + 1;
      continue;
    }
    const m = NAME.exec(text.slice(i + 1));
    if (m) {
      acc.substituted = true;
      const v = read(m[0], lookup, acc);
      if (v === undefined) acc.problems.push({ kind: 'unset', name: m[0] });
      result += v ?? '';
      i += 1 + m[0].length;
      continue;
    }
    // A lone `$` (`$1`, `$(`, a trailing `$`): Compose rejects it; the text is kept.
    acc.problems.push({ kind: 'syntax' });
    result += c;
    i++;
  }
  return result;
}

/** Index of the `}` closing the `{` at `open`, counting nested `${`; -1 when unclosed. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const ch = text[j];
    if (ch === '$' && text[j + 1] === '$') {
      j++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function braced(inner: string, lookup: Lookup, acc: Interpolated, raw: string): string {
  const m = NAME.exec(inner);
  if (!m) {
    acc.problems.push({ kind: 'syntax' });
    return raw;
  }
  const name = m[0];
  const rest = inner.slice(name.length);
  acc.substituted = true;
  if (rest === '') {
    const v = read(name, lookup, acc);
    if (v === undefined) acc.problems.push({ kind: 'unset', name });
    return v ?? '';
  }
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!op) {
    acc.problems.push({ kind: 'syntax' });
    return raw;
  }
  const word = rest.slice(op.length);
  const v = read(name, lookup, acc);
  const unsetOrEmpty = v === undefined || v === '';
  switch (op) {
    case ':-':
      return unsetOrEmpty ? expand(word, lookup, acc) : v!;
    case '-':
      return v === undefined ? expand(word, lookup, acc) : v;
    case ':?':
    case '?':
      if (op === ':?' ? unsetOrEmpty : v === undefined) {
        // The message is the author's text, shown as written (not expanded: it may name secrets).
        acc.problems.push({ kind: 'required', name, message: word });
        return '';
      }
      return v!;
    case ':+':
      return unsetOrEmpty ? '' : expand(word, lookup, acc);
    default:
      return v === undefined ? '' : expand(word, lookup, acc);
  }
}

// --- Over a located tree ---------------------------------------------------------------------


type Cast = 'bool' | 'int';

const CASTS: Array<[RegExp, Cast]> = [
  [/^services\.[^.]+\.(privileged|read_only|init|tty|stdin_open|oom_kill_disable|attach|use_api_socket)$/, 'bool'],
  [/^services\.[^.]+\.healthcheck\.disable$/, 'bool'],
  [/^services\.[^.]+\.volumes\.\d+\.(read_only|volume\.nocopy)$/, 'bool'],
  [/^services\.[^.]+\.depends_on\.[^.]+\.(required|restart)$/, 'bool'],
  [/^(networks)\.[^.]+\.(internal|attachable|enable_ipv6|enable_ipv4|external)$/, 'bool'],
  [/^(volumes|secrets|configs)\.[^.]+\.external$/, 'bool'],
  [/^services\.[^.]+\.(scale|pids_limit|oom_score_adj|cpu_count|cpu_percent|cpu_shares|cpu_period|cpu_quota)$/, 'int'],
  [/^services\.[^.]+\.healthcheck\.retries$/, 'int'],
  [/^services\.[^.]+\.deploy\.(replicas|(update_config|rollback_config)\.parallelism|restart_policy\.max_attempts|placement\.max_replicas_per_node)$/, 'int'],
  [/^services\.[^.]+\.ports\.\d+\.target$/, 'int'],
  [/^services\.[^.]+\.ulimits\.[^.]+(\.(soft|hard))?$/, 'int'],
];

/** Compose's reading of interpolated booleans (`${DEBUG:-false}`): YAML 1.1 words. */
export function toBool(s: string): boolean | undefined {
  const v = s.trim().toLowerCase();
  if (['y', 'yes', 'true', 'on'].includes(v)) return true;
  if (['n', 'no', 'false', 'off'].includes(v)) return false;
  return undefined;
}

function cast(path: string, value: string): string | number | boolean {
  const rule = CASTS.find(([re]) => re.test(path))?.[1];
  if (rule === 'bool') return toBool(value) ?? value;
  if (rule === 'int' && /^[-+]?\d+$/.test(value.trim())) return Number(value.trim());
  return value;
}

/**
 * Interpolates every string value of a file (keys are not), except the `x-` extension blocks of
 * the file and of its services: normalization ignores them, so their variables would only warn.
 * Anchors defined there are still interpolated where services use them.
 */
export function interpolateTree(root: LNode, lookup: Lookup, report: Report): LNode {
  // Shared (aliased) nodes are walked once. A scalar without `$` is itself wherever it is, so
  // only collections and scalars to interpolate are remembered; paths are spelt out only for the
  // scalars interpolated and the services' maps (most of a file has nothing to interpolate).
  const memo = new Map<LNode, LNode>();
  const walk = (node: LNode, at: PathLink | undefined, depth: number): LNode => {
    if (node.kind === 'scalar') {
      if (typeof node.value !== 'string' || !node.value.includes('$')) return node;
      const done = memo.get(node);
      if (done) return done;
      const out = interpolateScalar(node, pathText(at), lookup, report);
      memo.set(node, out);
      return out;
    }
    const done = memo.get(node);
    if (done) return done;
    let out: LNode = node;
    if (node.kind === 'seq') {
      let items: LNode[] | undefined;
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i]!;
        const v = walk(item, { up: at, key: i }, depth + 1);
        if (v !== item && !items) items = node.items.slice(0, i);
        if (items) items.push(v);
      }
      if (items) out = { ...node, items };
    } else {
      const extensions = depth === 0 || (depth === 2 && pathText(at).startsWith('services.'));
      let entries: Map<string, LEntry> | undefined;
      for (const [k, e] of node.entries) {
        const v = extensions && k.startsWith('x-') ? e.value : walk(e.value, { up: at, key: k }, depth + 1);
        if (v !== e.value && !entries) {
          // The first change: the entries before it are kept as they are.
          entries = new Map();
          for (const [k2, e2] of node.entries) {
            if (k2 === k) break;
            entries.set(k2, e2);
          }
        }
        if (entries) entries.set(k, v === e.value ? e : { ...e, value: v });
      }
      if (entries) out = { ...node, entries };
    }
    memo.set(node, out);
    return out;
  };
  return walk(root, undefined, 0);
}

/** A node's place below the root: its key or index, and its parent's place. */
interface PathLink {
  up: PathLink | undefined;
  key: string | number;
}

/** `services.web.ports.0`: keys joined with dots, `.<i>` for a list item (as written for `cast`). */
function pathText(at: PathLink | undefined): string {
  const keys: Array<string | number> = [];
  for (let l = at; l; l = l.up) keys.push(l.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i]!;
    path = typeof k === 'number' ? `${path}.${k}` : path === '' ? k : `${path}.${k}`;
  }
  return path;
}

export function interpolateScalar(node: LScalar, path: string, lookup: Lookup, report: Report): LScalar {
  const r = interpolate(node.value as string, lookup);
  for (const p of r.problems) {
    if (p.kind === 'unset') report(node.origin, 'warning', `variable ${p.name} is not set: it interpolates to an empty string`);
    else if (p.kind === 'required') {
      const why = p.message.trim() === '' ? '' : `: ${p.message.trim()}`;
      report(node.origin, 'error', `required variable ${p.name} is not set${why}`);
    } else report(node.origin, 'error', 'invalid interpolation: write $$ for a literal $');
  }
  if (!r.substituted) return r.value === node.value ? node : { ...node, value: r.value };
  const out: LScalar = { ...node, value: cast(path, r.value), interpolated: true };
  const sensitive = r.used.filter((u) => isSecretName(u.name, u.value)).map((u) => u.value);
  if (sensitive.length > 0 || node.sensitive) out.sensitive = [...(node.sensitive ?? []), ...sensitive];
  return out;
}
