/**
 * YAML read by the yaml library into the located tree (located.ts), with the limits of
 * limits.ts: block nesting is measured before the parser sees the text (its time grows much
 * faster than the text on deep nesting), collection nesting after parsing, and the tree's
 * expanded size while it is built (alias bombs). Parser messages are never passed on as given:
 * they may quote the input.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, DocumentOptions, Node, ParseOptions, SchemaOptions, Tags } from 'yaml';
import type { InputError } from '../../model/resource.js';
import { DOCUMENT_LIMITS } from './limits.js';
import { buildTree, type AliasMark, type BuildOptions, type LNode } from './located.js';

export interface YamlOptions extends BuildOptions {
  /** Tags declared to the parser (CloudFormation's short forms), so it reads them without a warning. */
  customTags?: Tags;
  /**
   * Parser error codes that still let the tree be built (CloudFormation reads a template with a
   * repeated key, the last one winning, as JSON does); the errors are reported all the same.
   */
  tolerate?: ReadonlyArray<string>;
}

export interface YamlRead {
  /** The located tree; undefined for an empty document or when the file could not be read. */
  root?: LNode;
  errors: InputError[];
  /** Aliases left unresolved under `brokenAlias: 'mark'`, in document order. */
  marks: AliasMark[];
  /** The first alias of the document, where a bomb starts multiplying (when one was refused). */
  firstAliasLine?: number;
}

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

const NESTING = 'input too deeply nested or too large';
const nestingMessage = `parse YAML: nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`;

/** Parses `text` and builds its located tree (`file` is the path shown to users). Never throws. */
export function readYaml(file: string, text: string, options: YamlOptions = {}): YamlRead {
  const fail = (message: string, line?: number): YamlRead => ({ errors: [{ file, ...(line === undefined ? {} : { line }), level: 'error', message }], marks: [] });
  const deepLine = blockDepthExceeded(text, DOCUMENT_LIMITS.maxDepth);
  if (deepLine !== undefined) return fail(nestingMessage, deepLine);
  const lineCounter = new LineCounter();
  const docOptions: ParseOptions & DocumentOptions & SchemaOptions = {
    lineCounter,
    merge: options.merge ?? false,
    prettyErrors: false,
    // Warnings (e.g. complex keys) are not ours to print: the library would write to stderr.
    logLevel: 'error',
    strict: true,
    ...(options.customTags ? { customTags: options.customTags } : {}),
  };
  let document: Document.Parsed;
  let deep: Node | undefined;
  try {
    ({ document, tooDeep: deep } = parseYamlDocument(text, docOptions));
  } catch (err) {
    // No line: the caller knows its default (the parser gave up before saying where).
    return fail(`parse YAML: ${messageOf(err)}`);
  }
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  // An error found at the end of input is reported on the last line that has text (counted
  // only when there is an error: it copies and splits the whole text).
  const lastLine = document.errors.length === 0 ? 0 : text.replace(/\s+$/, '').split('\n').length;
  const errors: InputError[] = document.errors.map((e) => ({
    file,
    line: Math.min(lineOf(e.pos[0]), lastLine),
    level: 'error' as const,
    message: `parse YAML: ${tooDeep(e.message) ? NESTING : describeYamlError(e.code, e.message)}`,
  }));
  const tolerated = new Set(options.tolerate ?? []);
  if (document.errors.some((e) => !tolerated.has(e.code))) return { errors, marks: [] };

  if (deep !== undefined) return fail(nestingMessage, deep.range ? lineOf(deep.range[0]) : undefined);

  const built = buildTree(document, file, lineOf, options);
  if (built.problem) {
    const { line, message, firstAliasLine } = built.problem;
    return { errors: [...errors, { file, line, level: 'error', message: `parse YAML: ${message}` }], marks: [], ...(firstAliasLine === undefined ? {} : { firstAliasLine }) };
  }
  return { ...(built.root ? { root: built.root } : {}), errors, marks: built.marks };
}

/**
 * The parsed document, with the errors the yaml library gives under `uniqueKeys: true`, in its
 * order, and its first node nested deeper than DOCUMENT_LIMITS.maxDepth. The library's own
 * duplicate-key check compares each key with every earlier key of its map: quadratic in the
 * map's size (a Compose file of 3,000 services spent about 60 ms there, and ten times the
 * services would cost a hundred times that). So the document is parsed without it, and the walk
 * that measures nesting also looks for keys that could repeat; only a document that has some is
 * parsed again with the library's check, which then gives its errors exactly as before (same
 * codes, positions and order among the other errors). The walk may flag more than the library
 * would (that costs a second parse, never a different result), never less: two keys are the
 * library's duplicates only when both are scalars with `===` values, and the walk flags every
 * such pair.
 */
export function parseYamlDocument(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): { document: Document.Parsed; tooDeep?: Node } {
  const fast = parseDocument(text, { ...options, uniqueKeys: false });
  const walked = walk(fast.contents, DOCUMENT_LIMITS.maxDepth, true);
  if (!walked.repeated) return { document: fast, ...(walked.tooDeep ? { tooDeep: walked.tooDeep } : {}) };
  // A fresh line counter: the first parse filled the caller's.
  if (options.lineCounter) options.lineCounter.lineStarts.length = 0;
  const document = parseDocument(text, { ...options, uniqueKeys: true });
  const again = walk(document.contents, DOCUMENT_LIMITS.maxDepth, false);
  return { document, ...(again.tooDeep ? { tooDeep: again.tooDeep } : {}) };
}

/** Maps up to this size are checked pair by pair; larger ones through a Set of key values. */
const SMALL_MAP = 8;

/**
 * One walk of the tree (keys included, aliases not followed): its first node deeper than
 * `limit`, in the order the nesting check has always reported (a stack: a pair's value before
 * its key, a collection's last item first), and, when `keys` is set, whether some map has two
 * scalar keys with the same value. Iterative: flow collections can nest deeper than the block
 * nesting checked before parsing, and a recursive walk is what a deep file would break.
 */
function walk(root: unknown, limit: number, keys: boolean): { tooDeep?: Node; repeated: boolean } {
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  let tooDeep: Node | undefined;
  let repeated = !keys;
  while (nodes.length > 0) {
    const n = nodes.pop();
    const d = depths.pop()!;
    if (d > limit && tooDeep === undefined) {
      tooDeep = n as Node;
      if (repeated) break;
    }
    if (isMap(n)) {
      const items = n.items;
      if (!repeated) repeated = repeatedKey(items);
      if (repeated && tooDeep !== undefined) break;
      for (const p of items) {
        nodes.push(p.key, p.value);
        depths.push(d + 1, d + 1);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) {
        if (isPair(item)) {
          nodes.push(item.key, item.value);
          depths.push(d + 1, d + 1);
        } else {
          nodes.push(item);
          depths.push(d + 1);
        }
      }
    }
  }
  return { ...(tooDeep ? { tooDeep } : {}), repeated: keys && repeated };
}

function repeatedKey(items: ReadonlyArray<{ key: unknown }>): boolean {
  if (items.length > SMALL_MAP) {
    const seen = new Set<unknown>();
    for (const p of items) {
      if (!isScalar(p.key)) continue;
      if (seen.has(p.key.value)) return true;
      seen.add(p.key.value);
    }
    return false;
  }
  for (let i = 1; i < items.length; i++) {
    const a = items[i]!.key;
    if (!isScalar(a)) continue;
    for (let j = 0; j < i; j++) {
      const b = items[j]!.key;
      if (isScalar(b) && b.value === a.value) return true;
    }
  }
  return false;
}

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
