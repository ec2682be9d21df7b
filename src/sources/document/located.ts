/**
 * The located tree every YAML source reads: each node remembers where it was written (file and
 * lines). Compose files are merged, extended and included before they are normalized, so a
 * value's line must travel with the value; CloudFormation turns the tree into plain values with
 * a span table (cloudformation/tree.ts); the configuration file asks for the line of a path.
 *
 * Aliases keep the span of the anchor they point at (that is what YAML gives), and the entry or
 * item that holds an alias also keeps the alias's own span; `<<` merge keys are applied here
 * when asked; tags outside the YAML core schema are kept (`!reset`, `!Ref`).
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { setOwn } from '../own.js';
import { DOCUMENT_LIMITS } from './limits.js';

/** Where a node was written. `file` is the path shown to users (relative, forward slashes). */
export interface Origin {
  file: string;
  line: number;
  endLine: number;
}

export type ScalarValue = string | number | boolean | null;

interface Base {
  origin: Origin;
  /** A tag outside the YAML core schema, as written (`!reset`, `!override`, `!Ref`). */
  tag?: string;
}

export interface LScalar extends Base {
  kind: 'scalar';
  value: ScalarValue;
  /** A number or boolean as written (`0022`, `1.10`, `True`): what Compose passes on as text. */
  written?: string;
  /** The value came out of `${VAR}` interpolation. */
  interpolated?: boolean;
  /**
   * Values substituted from variables whose names look secret. Never written anywhere: text
   * derived from this scalar is scrubbed of them before it reaches the model.
   */
  sensitive?: string[];
  /** An alias that could not be followed (under `brokenAlias: 'mark'`); the value is null. */
  broken?: AliasMark;
}

export interface LSeq extends Base {
  kind: 'seq';
  items: LNode[];
  /** Where each item written as an alias was written (its value's origin is the anchor's). */
  aliasOrigins?: Array<Origin | undefined>;
}

export interface LEntry {
  key: string;
  keyOrigin: Origin;
  value: LNode;
  /** Where the value was written when it is an alias (its origin is the anchor's). */
  aliasOrigin?: Origin;
  /** The key was null (`~:`; `key` is "null") or not a scalar (`? [a, b]`; `key` is its JSON). */
  keyKind?: 'null' | 'complex';
}

export interface LMap extends Base {
  kind: 'map';
  entries: Map<string, LEntry>;
}

export type LNode = LScalar | LSeq | LMap;

export const isLMap = (n: LNode | undefined): n is LMap => n?.kind === 'map';
export const isLSeq = (n: LNode | undefined): n is LSeq => n?.kind === 'seq';
export const isLScalar = (n: LNode | undefined): n is LScalar => n?.kind === 'scalar';

export const scalar = (value: ScalarValue, origin: Origin): LScalar => ({ kind: 'scalar', value, origin });

/** A scalar as text, as written in the file; null for null. */
export function scalarText(node: LScalar): string | null {
  if (node.value === null) return null;
  return typeof node.value === 'string' ? node.value : node.written ?? String(node.value);
}

export function get(node: LNode | undefined, key: string): LNode | undefined {
  return isLMap(node) ? node.entries.get(key)?.value : undefined;
}

export function entry(node: LNode | undefined, key: string): LEntry | undefined {
  return isLMap(node) ? node.entries.get(key) : undefined;
}

/** A map entry's span: its key line through the end of its value, when the value follows the key. */
export function entryOrigin(e: LEntry): Origin {
  const v = e.value.origin;
  if (v.file === e.keyOrigin.file && v.line >= e.keyOrigin.line) {
    return { file: e.keyOrigin.file, line: e.keyOrigin.line, endLine: Math.max(e.keyOrigin.endLine, v.endLine) };
  }
  return e.keyOrigin;
}

/** The node at a path of map keys and sequence indexes. */
export function at(node: LNode | undefined, path: ReadonlyArray<string | number>): LNode | undefined {
  let n = node;
  for (const seg of path) {
    if (isLMap(n)) n = n.entries.get(String(seg))?.value;
    else if (isLSeq(n) && typeof seg === 'number') n = n.items[seg];
    else return undefined;
  }
  return n;
}

/** The span to report for the value at `path`: the entry (key line) for map keys, the item for sequences. */
export function originAt(node: LNode | undefined, path: ReadonlyArray<string | number>): Origin | undefined {
  if (path.length === 0) return node?.origin;
  const parent = at(node, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (isLMap(parent)) {
    const e = parent.entries.get(String(last));
    return e ? entryOrigin(e) : parent.origin;
  }
  if (isLSeq(parent) && typeof last === 'number') return parent.items[last]?.origin ?? parent.origin;
  return parent?.origin;
}

/**
 * Where the key at `path` was written: a map entry's key, a sequence item (where an alias was
 * written, for an item that is one), the node itself for the empty path.
 */
export function keyOriginAt(node: LNode | undefined, path: ReadonlyArray<string | number>): Origin | undefined {
  if (path.length === 0) return node?.origin;
  const parent = at(node, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (isLMap(parent)) return parent.entries.get(String(last))?.keyOrigin;
  if (isLSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    return item ? (parent.aliasOrigins?.[last] ?? item.origin) : undefined;
  }
  return undefined;
}

/** The plain JS value (for schema validation). Shared subtrees are converted once. */
export function toPlain(node: LNode, memo = new Map<LNode, unknown>()): unknown {
  // A scalar is its value, shared or not: only collections are remembered (most nodes are scalars).
  if (node.kind === 'scalar') return node.value;
  const done = memo.get(node);
  if (done !== undefined) return done;
  let out: unknown;
  if (node.kind === 'seq') out = node.items.map((i) => toPlain(i, memo));
  else {
    const obj: Record<string, unknown> = {};
    for (const [k, e] of node.entries) setOwn(obj, k, toPlain(e.value, memo));
    out = obj;
  }
  memo.set(node, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Building the tree from a parsed yaml Document.

export interface BuildOptions {
  /** Apply `<<` merge keys (Compose does; CloudFormation and the configuration file do not). */
  merge?: boolean;
  /**
   * Tags the parser does not know whose plain scalars are resolved as YAML would resolve them
   * untagged (Compose's `!reset 0` is the number 0); other tagged scalars keep the parser's value.
   */
  resolveTags?: ReadonlySet<string>;
  /**
   * An alias inside its own anchor, or one without an anchor: 'fail' (default) refuses the file;
   * 'mark' makes it a null scalar with `broken` set, listed in `marks`, so the reader can say so
   * and read on (CloudFormation does).
   */
  brokenAlias?: 'fail' | 'mark';
}

export interface AliasMark {
  line: number;
  kind: 'recursive' | 'unresolved';
  /** The alias's name as written. */
  name: string;
}

export interface BuildProblem {
  line: number;
  message: string;
  /** The document's first alias, for a bomb (where the multiplying starts). */
  firstAliasLine?: number;
}

class BuildError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const MERGE_KEY = '<<';

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.value === MERGE_KEY && key.type === 'PLAIN'));
}

/** A plain scalar resolved with the YAML 1.2 core schema (for tagged scalars the library left as text). */
function resolvePlain(source: string): ScalarValue {
  if (/^(null|Null|NULL|~|)$/.test(source)) return null;
  if (/^(true|True|TRUE)$/.test(source)) return true;
  if (/^(false|False|FALSE)$/.test(source)) return false;
  if (/^[-+]?[0-9]+$/.test(source)) return Number(source);
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(source)) return Number(source);
  return source;
}

function scalarValue(v: unknown): ScalarValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return String(v);
}

const CORE_TAG = 'tag:yaml.org,2002:';

/**
 * The located tree of a parsed document. Alias targets are converted once and shared, so the
 * work is linear in the file; the expanded size is still counted against the limit, because
 * everything downstream (merge, validation, normalization, intrinsics) walks the expanded tree.
 */
export function buildTree(
  document: Document.Parsed,
  file: string,
  lineOf: (offset: number) => number,
  options: BuildOptions = {},
): { root?: LNode; problem?: BuildProblem; marks: AliasMark[] } {
  const { maxExpandedNodes: maxNodes, maxDepth, maxAliasHops } = DOCUMENT_LIMITS;
  const memo = new Map<unknown, { node: LNode; size: number }>();
  const building = new Set<unknown>();
  const marks: AliasMark[] = [];
  const mark = options.brokenAlias === 'mark';
  let firstAliasLine: number | undefined;

  const originOf = (n: { range?: [number, number, number] | null } | null | undefined, fallback: Origin): Origin => {
    const range = n?.range;
    if (!range) return fallback;
    const end = Math.max(range[0], range[1] - 1);
    return { file, line: lineOf(range[0]), endLine: lineOf(end) };
  };

  const rootOrigin: Origin = { file, line: 1, endLine: 1 };

  const broken = (kind: AliasMark['kind'], name: string, origin: Origin, message: string): { node: LNode; size: number } => {
    if (!mark) throw new BuildError(origin.line, message);
    const m: AliasMark = { line: origin.line, kind, name };
    marks.push(m);
    count(1, origin.line);
    return { node: { kind: 'scalar', value: null, origin, broken: m }, size: 1 };
  };

  const convert = (raw: unknown, depth: number, fallback: Origin): { node: LNode; size: number } => {
    let n = raw;
    let aliasOrigin: Origin | undefined;
    for (let hops = 0; isAlias(n); hops++) {
      aliasOrigin ??= originOf(n, fallback);
      firstAliasLine ??= aliasOrigin.line;
      if (hops > maxAliasHops) throw new BuildError(aliasOrigin.line, 'alias chain too long');
      const name = n.source;
      n = n.resolve(document);
      if (n === undefined) return broken('unresolved', name, aliasOrigin, 'unresolved alias');
    }
    if (depth > maxDepth) throw new BuildError(originOf(n as YamlNode, fallback).line, `nesting deeper than ${maxDepth} levels`);
    const cached = memo.get(n);
    if (cached) {
      // A second reference to a converted node: shared here, but expanded by everything downstream.
      count(cached.size, aliasOrigin?.line ?? fallback.line);
      return cached;
    }
    if (building.has(n)) {
      const at = aliasOrigin ?? fallback;
      return broken('recursive', (raw as { source?: string }).source ?? '', at, 'alias refers to a node that contains it');
    }
    building.add(n);
    const out = convertNode(n, depth, fallback);
    building.delete(n);
    memo.set(n, out);
    sizes.set(out.node, out.size);
    return out;
  };

  const sizes = new WeakMap<LNode, number>();
  const sizeOf = (node: LNode): number => sizes.get(node) ?? 1;
  let total = 0;
  const count = (size: number, line: number): void => {
    total += size;
    if (total > maxNodes) throw new BuildError(line, `aliases expand to more than ${maxNodes} nodes (a YAML bomb?)`);
  };

  const tagOf = (n: YamlNode): string | undefined => {
    const tag = (n as { tag?: string }).tag;
    return tag && !tag.startsWith(CORE_TAG) ? tag : undefined;
  };

  /** The value as written: an alias's own origin, for the entry or item that holds it. */
  const aliasAt = (raw: unknown, fallback: Origin): Origin | undefined => (isAlias(raw) ? originOf(raw, fallback) : undefined);

  const keyOf = (raw: unknown): { key: string; keyKind?: LEntry['keyKind'] } => {
    const k = isAlias(raw) ? raw.resolve(document) : raw;
    if (isScalar(k)) {
      const v = k.value;
      if (v === null || v === undefined) return { key: 'null', keyKind: 'null' };
      return { key: typeof v === 'symbol' ? MERGE_KEY : String(v) };
    }
    // A complex key (`? [a, b]`): keep something stable to report against.
    return { key: JSON.stringify((k as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? null), keyKind: 'complex' };
  };

  const convertNode = (n: unknown, depth: number, fallback: Origin): { node: LNode; size: number } => {
    if (isMap(n)) {
      const origin = originOf(n, fallback);
      const entries = new Map<string, LEntry>();
      let size = 1;
      const merging = options.merge === true && n.items.some((item) => isPair(item) && isMergeKey(item.key));
      const explicit = new Set<string>();
      if (merging) {
        for (const item of n.items) if (isPair(item) && !isMergeKey(item.key)) explicit.add(keyOf(item.key).key);
      }
      for (const item of n.items) {
        if (!isPair(item)) continue;
        if (merging && isMergeKey(item.key)) {
          const sources = isSeq(item.value) ? item.value.items : [item.value];
          for (const source of sources) {
            const merged = convert(source, depth + 1, originOf(item.key as YamlNode, origin));
            if (merged.node.kind !== 'map') {
              throw new BuildError(originOf(source as YamlNode, origin).line, 'a << merge key must refer to mappings');
            }
            for (const [k, e] of merged.node.entries) {
              // Keys written in the map win; among merged maps, the first one listed wins.
              if (explicit.has(k) || entries.has(k)) continue;
              entries.set(k, e);
              size += sizeOf(e.value);
            }
          }
          continue;
        }
        const { key, keyKind } = keyOf(item.key);
        const keyOrigin = originOf(item.key as YamlNode, origin);
        const value = item.value === null || item.value === undefined
          ? { node: scalar(null, keyOrigin), size: 1 }
          : convert(item.value, depth + 1, keyOrigin);
        const e: LEntry = { key, keyOrigin, value: value.node };
        const aliasOrigin = aliasAt(item.value, keyOrigin);
        if (aliasOrigin) e.aliasOrigin = aliasOrigin;
        if (keyKind) e.keyKind = keyKind;
        entries.set(key, e);
        sizes.set(value.node, value.size);
        size += value.size;
      }
      const node: LMap = { kind: 'map', entries, origin };
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin.line);
      return { node, size };
    }
    if (isSeq(n)) {
      const origin = originOf(n, fallback);
      const items: LNode[] = [];
      let aliasOrigins: Array<Origin | undefined> | undefined;
      let size = 1;
      for (const item of n.items) {
        const c = item === null || item === undefined ? { node: scalar(null, origin), size: 1 } : convert(item, depth + 1, origin);
        const written = aliasAt(item, origin);
        if (written) (aliasOrigins ??= [])[items.length] = written;
        items.push(c.node);
        size += c.size;
      }
      const node: LSeq = { kind: 'seq', items, origin };
      if (aliasOrigins) node.aliasOrigins = aliasOrigins;
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin.line);
      return { node, size };
    }
    if (isScalar(n)) {
      const origin = originOf(n, fallback);
      const tag = tagOf(n);
      // The library leaves the value of an unknown tag as text: resolve it as YAML would untagged.
      const value = tag && options.resolveTags?.has(tag) && n.type === 'PLAIN' && typeof n.source === 'string' ? resolvePlain(n.source) : scalarValue(n.value);
      const node: LScalar = { kind: 'scalar', value, origin };
      if (tag) node.tag = tag;
      if (value !== null && typeof value !== 'string' && typeof n.source === 'string') node.written = n.source;
      count(1, origin.line);
      return { node, size: 1 };
    }
    count(1, fallback.line);
    return { node: scalar(null, fallback), size: 1 };
  };

  try {
    if (document.contents === null || document.contents === undefined) return { marks };
    return { root: convert(document.contents, 0, rootOrigin).node, marks };
  } catch (err) {
    const withFirst = (p: BuildProblem): BuildProblem => (firstAliasLine === undefined ? p : { ...p, firstAliasLine });
    if (err instanceof BuildError) return { problem: withFirst({ line: err.line, message: err.message }), marks };
    if (err instanceof RangeError) return { problem: withFirst({ line: 1, message: 'input too deeply nested or too large' }), marks };
    throw err;
  }
}
