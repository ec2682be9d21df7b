/**
 * Fn::ForEach (the AWS::LanguageExtensions transform) in the Resources and Conditions sections:
 * each loop is expanded into the resources (conditions) it generates, as the transform does
 * before deployment, so they are judged like any other. Every generated resource keeps the
 * lines of the fragment it was copied from. A loop whose collection is not known statically (a
 * parameter without default, an intrinsic) is left as it is and reported: nothing is guessed.
 *
 * `${Identifier}` and `&{Identifier}` (the value without its non-alphanumeric characters) are
 * replaced in every key and string of the fragment, and `Ref: Identifier` by the value.
 */
import type { Span } from '../../model/resource.js';
import { isUnknown } from '../../model/resource.js';
import type { Parameter } from './intrinsics.js';
import { isObj, newObj, type Obj, type SpanTable } from './tree.js';
import { setOwn } from '../own.js';

export const FOR_EACH = 'Fn::ForEach::';

/**
 * Loops are not expanded beyond this many copies, or this many copied values: a template holds
 * at most 500 resources, and a small file must not expand into a large memory.
 */
const MAX_GENERATED = 2_000;
const MAX_COPIED_VALUES = 1_000_000;

export interface ForEachEnv {
  /** What the section holds, for messages: `resources`, `conditions`. */
  noun: string;
  spans: SpanTable;
  /** Objects made from a short-form tag: their copies are too. */
  fromTag: WeakSet<object>;
  parameters: Map<string, Parameter>;
  /** A loop that cannot be expanded: the caller reports it at `span`. */
  fail(span: Span, message: string): void;
  warn(span: Span, message: string): void;
}

/**
 * `section` with every expandable Fn::ForEach replaced by what it generates, in place of the
 * loop. The result is a new mapping with its spans registered; `section` is not changed.
 */
export function expandForEach(section: Obj, env: ForEachEnv): Obj {
  if (!Object.keys(section).some((k) => k.startsWith(FOR_EACH))) return section;
  const out = newObj();
  const children = new Map<string | number, Span>();
  const self = env.spans.self(section) ?? { line: 1, endLine: 1 };
  let budget = MAX_GENERATED;
  const values = { left: MAX_COPIED_VALUES };
  let exhausted = false;
  const put = (key: string, value: unknown, span: Span): void => {
    if (Object.hasOwn(out, key)) {
      env.warn(span, `cloudformation: Fn::ForEach generates ${key}, which the template already has: the first is analyzed`);
      return;
    }
    setOwn(out, key, value);
    children.set(key, span);
  };
  // Loops inside a loop's fragment are expanded with the outer identifier already replaced.
  const expand = (map: Obj): void => {
    for (const [key, value] of Object.entries(map)) {
      const span = env.spans.child(map, key) ?? self;
      if (!key.startsWith(FOR_EACH)) {
        put(key, value, span);
        continue;
      }
      const loop = readLoop(key, value, span, env);
      if (!loop) {
        put(key, value, span);
        continue;
      }
      for (const item of loop.collection) {
        if (exhausted) return;
        const copy = --budget < 0 ? undefined : substitute(loop.fragment, loop.identifier, item, env, values);
        if (copy === undefined) {
          exhausted = true;
          env.fail(span, `${key}: Fn::ForEach generates too many ${env.noun} to analyze; the rest are not analyzed`);
          return;
        }
        expand(copy);
      }
    }
  };
  expand(section);
  env.spans.set(out, self, children);
  return out;
}

interface Loop {
  identifier: string;
  collection: string[];
  fragment: Obj;
}

function readLoop(key: string, value: unknown, span: Span, env: ForEachEnv): Loop | undefined {
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isObj(value[2]) || isUnknown(value[2])) {
    env.fail(span, `${key}: Fn::ForEach expects [identifier, collection, {key: fragment}]; the ${env.noun} it generates are not analyzed`);
    return undefined;
  }
  const collection = readCollection(value[1], env.parameters);
  if (!collection) {
    env.fail(span, `${key}: the collection of Fn::ForEach is not known statically; the ${env.noun} it generates are not analyzed`);
    return undefined;
  }
  return { identifier: value[0], collection, fragment: value[2] };
}

/** A literal list of strings, or a Ref to a list parameter with a default. */
function readCollection(value: unknown, parameters: Map<string, Parameter>): string[] | undefined {
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.map(String) : undefined;
  }
  if (!isObj(value) || Object.keys(value).length !== 1 || typeof value.Ref !== 'string') return undefined;
  const p = parameters.get(value.Ref);
  const isList = p && (p.type === 'CommaDelimitedList' || p.type.startsWith('List<'));
  if (!p || !isList || p.noEcho || typeof p.default !== 'string') return undefined;
  return p.default.split(',').map((s) => s.trim());
}

/**
 * A copy of `value` with the identifier replaced, every copied collection keeping its spans.
 * Collections shared by YAML aliases are copied once and stay shared, so a copy costs no more
 * than the text it comes from.
 */
function substitute(value: Obj, identifier: string, item: string, env: ForEachEnv, values: { left: number }): Obj | undefined {
  const plain = `\${${identifier}}`;
  const alnum = `&{${identifier}}`;
  const stripped = item.replace(/[^A-Za-z0-9]/g, '');
  const text = (s: string): string => s.split(plain).join(item).split(alnum).join(stripped);
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (v === null || typeof v !== 'object' || isUnknown(v)) return v;
    if (copies.has(v)) return copies.get(v);
    const out = copyCollection(v);
    copies.set(v, out);
    return out;
  };
  const overBudget = new Error('over budget');
  const copyCollection = (v: object): unknown => {
    if (--values.left < 0) throw overBudget;
    const self = env.spans.self(v);
    const children = new Map<string | number, Span>();
    let out: unknown[] | Obj;
    if (Array.isArray(v)) {
      out = v.map((x, i) => {
        const span = env.spans.child(v, i);
        if (span) children.set(i, span);
        return copy(x);
      });
    } else {
      const obj = v as Obj;
      const keys = Object.keys(obj);
      if (keys.length === 1 && obj.Ref === identifier) return item;
      out = newObj();
      for (const k of keys) {
        const key = text(k);
        const span = env.spans.child(obj, k);
        if (span) children.set(key, span);
        setOwn(out, key, copy(obj[k]));
      }
      if (env.fromTag.has(obj)) env.fromTag.add(out);
    }
    if (self) env.spans.set(out, self, children);
    return out;
  };
  try {
    return copy(value) as Obj;
  } catch (err) {
    if (err === overBudget) return undefined;
    throw err;
  }
}
