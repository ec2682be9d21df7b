/**
 * Safe YAML/JSON parsing with a locator: attribute path -> span (file lines).
 * Shared by every file source. Limits guard against YAML bombs and pathological nesting.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, isAlias } from 'yaml';
import type { Document, Node, Pair, ParsedNode, Tags, DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml';
import type { AttributePath, InputError, Span } from '../model/resource.js';

export interface ParseLimits {
  /** Largest number of alias expansions (billion-laughs guard). */
  maxAliasCount: number;
  /** Deepest nesting of collections accepted. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxAliasCount: 1000, maxDepth: 200 };

export interface YamlOptions {
  customTags?: Tags;
  /** Honour `<<` merge keys (Compose does; CloudFormation does not). */
  merge?: boolean;
  limits?: Partial<ParseLimits>;
  /**
   * Build the plain value (default). A loader that builds its own tree from the document says
   * false: it bounds the expanded size itself, where the library's alias count would refuse real
   * files built from a few anchors merged into many services.
   */
  value?: boolean;
}

export interface ParsedYaml {
  /** The plain JS value, or undefined when the file could not be parsed. */
  value: unknown;
  /** The span of the node at `path` (a map entry spans from its key to the end of its value). */
  spanOf(path: AttributePath): Span | undefined;
  /** The span of the key at `path` only (one line for a scalar key). */
  keySpanOf(path: AttributePath): Span | undefined;
  errors: InputError[];
  document?: Document.Parsed;
}

const empty = (file: string, errors: InputError[]): ParsedYaml => ({
  value: undefined,
  spanOf: () => undefined,
  keySpanOf: () => undefined,
  errors,
});

const BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$/;

/**
 * The line where block indentation nests deeper than `limit`, by one linear pass over the line
 * starts, before the parser sees the text: the parser's time grows much faster than the text on
 * deep block nesting (4,567 levels ran past a minute). Each deeper indentation and each leading
 * `- ` is a level; the lines of a block scalar (`|`, `>`) are text, not levels. It may count a
 * continuation line as a level too, which only matters for files near the limit.
 */
export function blockDepthExceeded(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let blockParent = -1;
  let line = 0;
  for (let start = 0; start < text.length; ) {
    line++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - start;
    const blank = i === end || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 35;
    if (!blank && !(blockParent >= 0 && indent > blockParent)) {
      blockParent = -1;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      let dashes = 0;
      while (text.charCodeAt(i) === 45 && (text.charCodeAt(i + 1) === 32 || i + 1 === end)) {
        dashes++;
        i += 2;
        while (i < end && text.charCodeAt(i) === 32) i++;
      }
      if (indents.length + dashes > limit) return line;
      if (BLOCK_SCALAR.test(text.slice(Math.max(i, end - 40), end))) blockParent = indent;
    }
    start = end + 1;
  }
  return undefined;
}

/** The first node nested deeper than `limit`, if any. */
function tooDeepNode(node: unknown, limit: number): Node | undefined {
  // Iterative: a recursive walk is exactly what a deeply nested file would break.
  const stack: Array<[unknown, number]> = [[node, 1]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (d > limit) return n as Node;
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items) {
        if (isPair(item)) {
          stack.push([item.key, d + 1], [item.value, d + 1]);
        } else {
          stack.push([item, d + 1]);
        }
      }
    }
  }
  return undefined;
}

export function parseYaml(file: string, text: string, options: YamlOptions = {}): ParsedYaml {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const lineCounter = new LineCounter();
  const docOptions: ParseOptions & DocumentOptions & SchemaOptions = {
    lineCounter,
    merge: options.merge ?? false,
    prettyErrors: false,
    // Warnings (e.g. complex keys) are not ours to print: the library would write to stderr.
    logLevel: 'error',
    uniqueKeys: true,
    strict: true,
    ...(options.customTags ? { customTags: options.customTags } : {}),
  };
  const deepLine = blockDepthExceeded(text, limits.maxDepth);
  if (deepLine !== undefined) {
    return empty(file, [{ file, line: deepLine, level: 'error', message: `parse YAML: nesting deeper than ${limits.maxDepth} levels` }]);
  }
  let document: Document.Parsed;
  try {
    document = parseDocument(text, docOptions);
  } catch (err) {
    return empty(file, [{ file, level: 'error', message: `parse YAML: ${messageOf(err)}` }]);
  }
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  // An error found at the end of input is reported on the last line that has text.
  const lastLine = text.replace(/\s+$/, '').split('\n').length;
  const errors: InputError[] = document.errors.map((e) => ({
    file,
    line: Math.min(lineOf(e.pos[0]), lastLine),
    level: 'error' as const,
    message: `parse YAML: ${tooDeep(e.message) ? NESTING : describeYamlError(e.code, e.message)}`,
  }));
  if (errors.length > 0) return { ...empty(file, errors), document };

  const lineOfNode = (node: Node | undefined): { line?: number } => (node?.range ? { line: lineOf(node.range[0]) } : {});
  const deep = tooDeepNode(document.contents, limits.maxDepth);
  if (deep !== undefined) {
    return empty(file, [{ file, ...lineOfNode(deep), level: 'error', message: `parse YAML: nesting deeper than ${limits.maxDepth} levels` }]);
  }

  let value: unknown;
  if (options.value === false) return { value: undefined, spanOf: () => undefined, keySpanOf: () => undefined, errors: [], document };
  try {
    const toJs: ToJSOptions = { maxAliasCount: limits.maxAliasCount };
    value = document.toJS(toJs);
  } catch (err) {
    const msg = messageOf(err);
    // No line here: where a bomb multiplies is for the loader's own tree walk to find.
    return empty(file, [{ file, level: 'error', message: `parse YAML: ${msg}` }]);
  }

  const spanOfNode = (node: Node | ParsedNode | null | undefined): Span | undefined => {
    const range = node?.range;
    if (!range) return undefined;
    const endOffset = Math.max(range[0], range[1] - 1);
    return { line: lineOf(range[0]), endLine: lineOf(endOffset) };
  };

  const walk = (path: AttributePath): { pairKey?: Node; node?: Node } | undefined => {
    let node: unknown = document.contents;
    let pairKey: Node | undefined;
    for (const segment of path) {
      node = resolveAlias(node, document);
      pairKey = undefined;
      if (isMap(node)) {
        const pair = findPair(node, String(segment), document);
        if (!pair) return undefined;
        pairKey = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (node === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    return { pairKey, node: (node ?? undefined) as Node | undefined };
  };

  const spanOf = (path: AttributePath): Span | undefined => {
    const found = walk(path);
    if (!found) return undefined;
    const keySpan = spanOfNode(found.pairKey);
    const valueSpan = spanOfNode(found.node);
    if (keySpan && valueSpan) return { line: keySpan.line, endLine: Math.max(keySpan.endLine, valueSpan.endLine) };
    return keySpan ?? valueSpan;
  };

  const keySpanOf = (path: AttributePath): Span | undefined => {
    const found = walk(path);
    if (!found) return undefined;
    return spanOfNode(found.pairKey) ?? spanOfNode(found.node);
  };

  return { value, spanOf, keySpanOf, errors: [], document };
}

/** yaml 2.x reads `<<` as a merge key (a Symbol) when merge is on, as a string otherwise. */
function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

function resolveAlias(node: unknown, document: Document.Parsed): unknown {
  let current = node;
  for (let i = 0; i < 100 && isAlias(current); i++) current = current.resolve(document);
  return current;
}

function findPair(map: { items: unknown[] }, key: string, document: Document.Parsed): Pair | undefined {
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = item.key;
    const keyValue = isScalar(k) ? String(k.value) : undefined;
    if (keyValue === key) return item;
  }
  // A key brought in by a `<<` merge: look through the merged maps.
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key) || !isMergeKey(item.key.value)) continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const target = resolveAlias(source, document);
      if (isMap(target)) {
        const pair = findPair(target, key, document);
        if (pair) return pair;
      }
    }
  }
  return undefined;
}

const NESTING = 'input too deeply nested or too large';

/** Our words for the parser's codes whose messages quote the input or give library advice. */
const YAML_CODES: Record<string, string> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  BAD_ALIAS: 'an alias that does not resolve',
  BAD_DQ_ESCAPE: 'an invalid escape in a double-quoted string',
  TAG_RESOLVE_FAILED: 'a value that does not match its tag',
  BAD_SCALAR_START: 'a plain value starting with a reserved character',
  UNEXPECTED_TOKEN: 'unexpected text',
  BAD_DIRECTIVE: 'an invalid directive',
};

/**
 * A fixed description of a parse error, never the parser's text as given: its messages may quote
 * the input (a secret's tail) or advise on the library's API. The text before any quoted part is
 * kept only when it is plain words (the library's own fixed sentences).
 */
export function describeYamlError(code: string, message: string): string {
  const fixed = YAML_CODES[code];
  if (fixed) return fixed;
  const line = firstLine(message);
  const cut = line.indexOf(': ');
  const head = (cut >= 0 ? line.slice(0, cut) : line).replace(/ at line \d+, column \d+$/, '');
  return /^[A-Za-z][A-Za-z ,()"-]{0,99}$/.test(head) ? head : `syntax error (${code.toLowerCase().replace(/_/g, ' ')})`;
}
const tooDeep = (message: string): boolean => /call stack/i.test(message);

export function messageOf(err: unknown): string {
  if (err instanceof RangeError || (err instanceof Error && tooDeep(err.message))) return NESTING;
  return err instanceof Error ? firstLine(err.message) : String(err);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Character offsets -> 1-based lines, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
