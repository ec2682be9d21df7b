/**
 * The parsed template as plain values that still know their lines. The located tree of the
 * document layer (YAML; JSON read as YAML when it is not strict JSON) is turned into plain
 * objects, arrays and scalars; a side table gives every object and array its own span and the
 * span of each entry (a map entry spans from its key to the end of its value). Short-form
 * intrinsics (`!Ref x`) become their long form (`{Ref: x}`) with the tag's span, so everything
 * downstream sees one form.
 */
import type { CollectionTag, ScalarTag } from 'yaml';
import type { InputError, Span } from '../../model/resource.js';
import { unknown } from '../../model/resource.js';
import type { LNode, Origin } from '../document/located.js';

export type Obj = Record<string, unknown>;

export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A map with no prototype, so a key like `__proto__` is just a key. */
export const newObj = (): Obj => Object.create(null) as Obj;

interface SpanEntry {
  self: Span;
  /** Never changed in place: a resolved copy may share its written mapping's entries. */
  children: ReadonlyMap<string | number, Span>;
}

/**
 * Spans of objects and arrays, and of their entries. Values resolved later register here too.
 * A table lives for one template's load, so it holds its keys strongly: a Map is cheaper than a
 * WeakMap to fill and to look up, and gives the garbage collector no ephemerons to trace.
 */
export class SpanTable {
  private readonly table = new Map<object, SpanEntry>();

  set(target: object, self: Span, children: ReadonlyMap<string | number, Span> = new Map()): void {
    this.table.set(target, { self, children });
  }

  /** Adds (or replaces) the span of one entry of `target` (on a copy of its entries: they may be shared). */
  setChild(target: object, key: string | number, span: Span): void {
    const entry = this.table.get(target);
    if (entry) entry.children = new Map(entry.children).set(key, span);
    else this.set(target, span, new Map([[key, span]]));
  }

  self(target: unknown): Span | undefined {
    return typeof target === 'object' && target !== null ? this.table.get(target)?.self : undefined;
  }

  child(target: unknown, key: string | number): Span | undefined {
    return typeof target === 'object' && target !== null ? this.table.get(target)?.children.get(key) : undefined;
  }

  /** The spans of every entry of `target`, as registered (read-only). */
  children(target: object): ReadonlyMap<string | number, Span> | undefined {
    return this.table.get(target)?.children;
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

/**
 * Reads the located tree into plain values, registering spans in `spans`. Problems (unknown
 * tags, complex keys, an alias that contains itself or has no anchor) are reported and the value
 * becomes Unknown or is left out; this never throws. A node shared through aliases is read once
 * and its value shared, as in the tree.
 */
export function readTree(root: LNode | undefined, file: string, spans: SpanTable, errors: InputError[]): Tree {
  const fromTag = new WeakSet<object>();
  const read = new Map<LNode, unknown>();

  const spanOf = (o: Origin): Span => ({ line: o.line, endLine: o.endLine });
  const join = (a: Span, b: Span): Span => ({ line: Math.min(a.line, b.line), endLine: Math.max(a.endLine, b.endLine) });
  const warn = (span: Span, message: string): void => {
    errors.push({ file, line: span.line, level: 'warning', message });
  };

  const value = (node: LNode): unknown => {
    if (read.has(node)) return read.get(node);
    const v = readNode(node);
    read.set(node, v);
    return v;
  };

  const readNode = (node: LNode): unknown => {
    const self = spanOf(node.origin);
    if (node.kind === 'scalar' && node.broken) {
      const recursive = node.broken.kind === 'recursive';
      warn(self, recursive ? 'cloudformation: a YAML alias refers to a node that contains it' : `cloudformation: alias *${node.broken.name} has no anchor`);
      return unknown(recursive ? 'recursive YAML alias' : 'unresolved YAML alias');
    }
    const plain = readUntagged(node, self);
    const tag = node.tag;
    if (!tag) return plain;
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

  const readUntagged = (node: LNode, self: Span): unknown => {
    if (node.kind === 'scalar') {
      // An unquoted account id with a leading zero is not a number to CloudFormation (YAML 1.1
      // has no such decimal): keep its digits, which YAML 1.2 would drop.
      if (typeof node.value === 'number' && node.written !== undefined && /^[-+]?0\d+$/.test(node.written)) return node.written;
      return node.value;
    }
    if (node.kind === 'seq') {
      const out: unknown[] = [];
      const children = new Map<string | number, Span>();
      node.items.forEach((item, i) => {
        children.set(i, spanOf(node.aliasOrigins?.[i] ?? item.origin));
        out.push(value(item));
      });
      spans.set(out, self, children);
      return out;
    }
    const out = newObj();
    const children = new Map<string | number, Span>();
    for (const e of node.entries.values()) {
      const keySpan = spanOf(e.keyOrigin);
      if (e.keyKind === 'complex') {
        warn(keySpan, 'cloudformation: a mapping key must be a plain string');
        continue;
      }
      const key = e.keyKind === 'null' ? '' : e.key;
      children.set(key, join(keySpan, spanOf(e.aliasOrigin ?? e.value.origin)));
      out[key] = value(e.value);
    }
    spans.set(out, self, children);
    return out;
  };

  return { value: root ? value(root) : null, fromTag };
}
