/**
 * The parsed template as plain values that still know their lines. The YAML document (JSON is
 * read as YAML too) is turned into plain objects, arrays and scalars; a side table gives every
 * object and array its own span and the span of each entry (a map entry spans from its key to
 * the end of its value). Short-form intrinsics (`!Ref x`) become their long form (`{Ref: x}`)
 * with the tag's span, so everything downstream sees one form.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { CollectionTag, Document, ScalarTag } from 'yaml';
import type { InputError, Span } from '../../model/resource.js';
import { unknown } from '../../model/resource.js';
import { lineIndex } from '../yaml.js';

export type Obj = Record<string, unknown>;

export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A map with no prototype, so a key like `__proto__` is just a key. */
export const newObj = (): Obj => Object.create(null) as Obj;

interface SpanEntry {
  self: Span;
  children: Map<string | number, Span>;
}

/** Spans of objects and arrays, and of their entries. Values resolved later register here too. */
export class SpanTable {
  private readonly table = new WeakMap<object, SpanEntry>();

  set(target: object, self: Span, children = new Map<string | number, Span>()): void {
    this.table.set(target, { self, children });
  }

  self(target: unknown): Span | undefined {
    return typeof target === 'object' && target !== null ? this.table.get(target)?.self : undefined;
  }

  child(target: unknown, key: string | number): Span | undefined {
    return typeof target === 'object' && target !== null ? this.table.get(target)?.children.get(key) : undefined;
  }
}

/** Short-form names; `Ref` and `Condition` keep their name, the others become `Fn::<name>`. */
export const SHORT_FORMS = [
  'Ref', 'Condition', 'Sub', 'GetAtt', 'Join', 'Select', 'Split', 'If', 'Equals', 'And', 'Or', 'Not', 'FindInMap',
  'ImportValue', 'Base64', 'Cidr', 'GetAZs', 'Transform', 'Length', 'ToJsonString',
] as const;

const longName = (short: string): string => (short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`);
const SHORT_TAGS = new Map<string, string>(SHORT_FORMS.map((s) => [`!${s}`, longName(s)]));

/**
 * The tags declared to the YAML parser so it accepts them without a warning. They keep the node
 * as it is: `readTree` turns tagged nodes into intrinsics itself, with their spans.
 */
export const shortFormTags: Array<ScalarTag | CollectionTag> = SHORT_FORMS.flatMap((s) => [
  { tag: `!${s}`, resolve: (value: string) => value } as ScalarTag,
  { tag: `!${s}`, collection: 'seq', resolve: (node: unknown) => node } as unknown as CollectionTag,
  { tag: `!${s}`, collection: 'map', resolve: (node: unknown) => node } as unknown as CollectionTag,
]);

export interface Tree {
  value: unknown;
  /** Objects created from a short-form tag (`!Condition x` counts as a condition reference anywhere). */
  fromTag: WeakSet<object>;
}

const IN_PROGRESS = Symbol('in-progress');

/**
 * Reads the parsed document into plain values, registering spans in `spans`. Problems (unknown
 * tags, complex keys, an alias that contains itself) are reported and the value becomes Unknown
 * or is left out; this never throws on any document the YAML parser accepted.
 */
export function readTree(document: Document.Parsed, text: string, file: string, spans: SpanTable, errors: InputError[]): Tree {
  const lineOf = lineIndex(text);
  const fromTag = new WeakSet<object>();
  const aliased = new Map<unknown, unknown>();

  const spanOf = (node: unknown): Span | undefined => {
    const range = (node as { range?: [number, number, number] | null } | null)?.range;
    if (!range) return undefined;
    return { line: lineOf(range[0]), endLine: lineOf(Math.max(range[0], range[1] - 1)) };
  };
  const join = (a: Span | undefined, b: Span | undefined): Span | undefined =>
    a && b ? { line: Math.min(a.line, b.line), endLine: Math.max(a.endLine, b.endLine) } : (a ?? b);
  const warn = (span: Span | undefined, message: string): void => {
    errors.push({ file, ...(span ? { line: span.line } : {}), level: 'warning', message });
  };

  const read = (node: unknown, fallback: Span): unknown => {
    if (isAlias(node)) {
      const target = node.resolve(document);
      if (!target) {
        warn(spanOf(node) ?? fallback, `cloudformation: alias *${node.source} has no anchor`);
        return unknown('unresolved YAML alias');
      }
      return readAnchored(target, spanOf(node) ?? fallback);
    }
    if (node && (node as { anchor?: string }).anchor) return readAnchored(node, fallback);
    return readNode(node, fallback);
  };

  // An anchored node is read once and shared by its aliases: a billion-laughs document costs
  // no more than its text, and an alias inside its own anchor is caught instead of recursing.
  const readAnchored = (node: unknown, fallback: Span): unknown => {
    const seen = aliased.get(node);
    if (seen === IN_PROGRESS) {
      // `fallback` is the alias's own span here.
      warn(fallback, 'cloudformation: a YAML alias refers to a node that contains it');
      return unknown('recursive YAML alias');
    }
    if (aliased.has(node)) return seen;
    aliased.set(node, IN_PROGRESS);
    const value = readNode(node, fallback);
    aliased.set(node, value);
    return value;
  };

  const readNode = (node: unknown, fallback: Span): unknown => {
    const self = spanOf(node) ?? fallback;
    const tag = (node as { tag?: string } | null)?.tag;
    const plain = readUntagged(node, self);
    if (!tag || tag.startsWith('tag:yaml.org,2002:')) return plain;
    const fn = SHORT_TAGS.get(tag);
    if (!fn) {
      warn(self, `cloudformation: unknown tag ${tag}`);
      return unknown(`unknown tag ${tag}`);
    }
    // `!GetAtt a.b.c` is [a, "b.c"]: the attribute itself may contain dots (Outputs.Name).
    let arg = plain;
    if (fn === 'Fn::GetAtt' && typeof plain === 'string') {
      const dot = plain.indexOf('.');
      arg = dot < 0 ? [plain] : [plain.slice(0, dot), plain.slice(dot + 1)];
    }
    const obj = newObj();
    obj[fn] = arg;
    spans.set(obj, self, new Map([[fn, self]]));
    fromTag.add(obj);
    return obj;
  };

  const readUntagged = (node: unknown, self: Span): unknown => {
    if (isScalar(node)) {
      // An unquoted account id with a leading zero is not a number to CloudFormation (YAML 1.1
      // has no such decimal): keep its digits, which YAML 1.2 would drop.
      if (typeof node.value === 'number' && typeof node.source === 'string' && /^[-+]?0\d+$/.test(node.source)) return node.source;
      return node.value ?? null;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      const children = new Map<string | number, Span>();
      for (const item of node.items) {
        const span = spanOf(item) ?? self;
        children.set(out.length, span);
        out.push(read(item, span));
      }
      spans.set(out, self, children);
      return out;
    }
    if (isMap(node)) {
      const out = newObj();
      const children = new Map<string | number, Span>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = isAlias(pair.key) ? pair.key.resolve(document) : pair.key;
        const keySpan = spanOf(pair.key) ?? self;
        if (!isScalar(keyNode)) {
          warn(keySpan, 'cloudformation: a mapping key must be a plain string');
          continue;
        }
        const key = keyNode.value === null || keyNode.value === undefined ? '' : String(keyNode.value);
        const span = join(keySpan, spanOf(pair.value)) ?? self;
        children.set(key, span);
        out[key] = pair.value === null || pair.value === undefined ? null : read(pair.value, span);
      }
      spans.set(out, self, children);
      return out;
    }
    return null;
  };

  const whole: Span = { line: 1, endLine: lineOf(Math.max(0, text.length - 1)) };
  return { value: document.contents ? read(document.contents, whole) : null, fromTag };
}
