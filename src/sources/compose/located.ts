/**
 * A YAML tree whose every node remembers where it was written (file and lines). Compose files
 * are merged, extended and included before they are normalized, so a value's line must travel
 * with the value: the yaml library's locator only knows one file.
 *
 * Aliases keep the span of the anchor they point at (that is what YAML gives); `<<` merge keys
 * are applied here; `!reset` and `!override` tags are kept for the Compose merge.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { lineIndex } from '../yaml.js';
import { setOwn } from '../own.js';

/** Where a node was written. `file` is the path shown to users (relative, forward slashes). */
export interface Origin {
  file: string;
  line: number;
  endLine: number;
}

export type ScalarValue = string | number | boolean | null;

interface Base {
  origin: Origin;
  /** Compose merge tags: `!reset` drops the value, `!override` replaces instead of merging. */
  tag?: 'reset' | 'override';
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
}

export interface LSeq extends Base {
  kind: 'seq';
  items: LNode[];
}

export interface LEntry {
  key: string;
  keyOrigin: Origin;
  value: LNode;
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

/** The plain JS value (for schema validation). Shared subtrees are converted once. */
export function toPlain(node: LNode, memo = new Map<LNode, unknown>()): unknown {
  const done = memo.get(node);
  if (done !== undefined) return done;
  let out: unknown;
  if (node.kind === 'scalar') out = node.value;
  else if (node.kind === 'seq') out = node.items.map((i) => toPlain(i, memo));
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

export interface BuildLimits {
  /** Nodes the tree may hold once aliases and merge keys are expanded. */
  maxNodes: number;
  maxDepth: number;
}

export const BUILD_LIMITS: BuildLimits = { maxNodes: 500_000, maxDepth: 256 };

export interface BuildProblem {
  line: number;
  message: string;
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

/**
 * The located tree of a parsed document. Alias targets are converted once and shared, so the
 * work is linear in the file; the expanded size is still counted against `maxNodes`, because
 * everything downstream (merge, validation, normalization) walks the expanded tree.
 */
export function buildTree(
  document: Document.Parsed,
  file: string,
  text: string,
  limits: BuildLimits = BUILD_LIMITS,
): { root?: LNode; problem?: BuildProblem } {
  const lineOf = lineIndex(text);
  const memo = new Map<unknown, { node: LNode; size: number }>();
  const building = new Set<unknown>();

  const originOf = (n: { range?: [number, number, number] | null } | null | undefined, fallback: Origin): Origin => {
    const range = n?.range;
    if (!range) return fallback;
    const end = Math.max(range[0], range[1] - 1);
    return { file, line: lineOf(range[0]), endLine: lineOf(end) };
  };

  const rootOrigin: Origin = { file, line: 1, endLine: 1 };

  const convert = (raw: unknown, depth: number, fallback: Origin): { node: LNode; size: number } => {
    let n = raw;
    let aliasLine: number | undefined;
    for (let hops = 0; isAlias(n); hops++) {
      aliasLine ??= originOf(n, fallback).line;
      if (hops > 64) throw new BuildError(aliasLine, 'alias chain too long');
      n = n.resolve(document);
      if (n === undefined) throw new BuildError(aliasLine, 'unresolved alias');
    }
    if (depth > limits.maxDepth) throw new BuildError(originOf(n as YamlNode, fallback).line, `nesting deeper than ${limits.maxDepth} levels`);
    const cached = memo.get(n);
    if (cached) {
      // A second reference to a converted node: shared here, but expanded by everything downstream.
      count(cached.size, aliasLine ?? fallback.line);
      return cached;
    }
    if (building.has(n)) throw new BuildError(aliasLine ?? fallback.line, 'alias refers to a node that contains it');
    building.add(n);
    const out = convertNode(n, depth, fallback);
    building.delete(n);
    memo.set(n, out);
    sizes.set(out.node, out.size);
    return out;
  };

  let total = 0;
  const sizes = new WeakMap<LNode, number>();
  const count = (size: number, line: number): void => {
    total += size;
    if (total > limits.maxNodes) throw new BuildError(line, `aliases expand to more than ${limits.maxNodes} nodes (a YAML bomb?)`);
  };

  const tagOf = (n: YamlNode): Base['tag'] => {
    const tag = (n as { tag?: string }).tag;
    return tag === '!reset' ? 'reset' : tag === '!override' ? 'override' : undefined;
  };

  const convertNode = (n: unknown, depth: number, fallback: Origin): { node: LNode; size: number } => {
    if (isMap(n)) {
      const origin = originOf(n, fallback);
      const entries = new Map<string, LEntry>();
      let size = 1;
      const explicit = new Set<string>();
      for (const item of n.items) {
        if (isPair(item) && !isMergeKey(item.key)) explicit.add(keyText(item.key));
      }
      for (const item of n.items) {
        if (!isPair(item)) continue;
        if (isMergeKey(item.key)) {
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
              size += sizes.get(e.value) ?? 1;
            }
          }
          continue;
        }
        const key = keyText(item.key);
        const keyOrigin = originOf(item.key as YamlNode, origin);
        const value = item.value === null || item.value === undefined
          ? { node: scalar(null, keyOrigin), size: 1 }
          : convert(item.value, depth + 1, keyOrigin);
        entries.set(key, { key, keyOrigin, value: value.node });
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
      let size = 1;
      for (const item of n.items) {
        const c = item === null || item === undefined ? { node: scalar(null, origin), size: 1 } : convert(item, depth + 1, origin);
        items.push(c.node);
        size += c.size;
      }
      const node: LSeq = { kind: 'seq', items, origin };
      const tag = tagOf(n);
      if (tag) node.tag = tag;
      count(1, origin.line);
      return { node, size };
    }
    if (isScalar(n)) {
      const origin = originOf(n, fallback);
      const tag = tagOf(n);
      // The library leaves the value of an unknown tag as text: resolve it as YAML would untagged.
      const value = tag && n.type === 'PLAIN' && typeof n.source === 'string' ? resolvePlain(n.source) : scalarValue(n.value);
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
    if (document.contents === null || document.contents === undefined) return {};
    return { root: convert(document.contents, 0, rootOrigin).node };
  } catch (err) {
    if (err instanceof BuildError) return { problem: { line: err.line, message: err.message } };
    if (err instanceof RangeError) return { problem: { line: 1, message: 'input too deeply nested or too large' } };
    throw err;
  }
}

function keyText(key: unknown): string {
  if (isScalar(key)) {
    const v = key.value;
    if (v === null || v === undefined) return 'null';
    return typeof v === 'symbol' ? MERGE_KEY : String(v);
  }
  // A complex key (`? [a, b]`): Compose has none; keep something stable to report against.
  return JSON.stringify((key as { toJSON?: () => unknown })?.toJSON?.() ?? null);
}
