/**
 * Intrinsic functions, resolved as far as is sound. A value is known when it depends only on
 * literals, parameter defaults, mappings, known conditions and the two well-known pseudo
 * parameters (AWS::Partition, AWS::URLSuffix); anything else becomes Unknown, never a guess.
 * `Ref`/`Fn::GetAtt` to a resource of the template become `ref:<LogicalId>` /
 * `ref:<LogicalId>.<Attr>` strings, and `Ref: AWS::NoValue` removes the key or list item.
 *
 * A string built (Fn::Sub, Fn::Join) from literals and resource references stays a string, with
 * each reference written `ref:<LogicalId>[.<Attr>]` in place (`ref:Bucket.Arn/*`): two
 * statements naming `${Bucket.Arn}/*` still compare equal. Such strings are "symbolic": no
 * function computes on them (Fn::Base64, Fn::Split, Fn::Equals... give Unknown).
 * A string with an unknown piece (a parameter without default, AWS::AccountId, a dynamic
 * reference) is Unknown to the policies, but the resolver remembers its pieces (`origins`) for
 * secret facts.
 */
import type { Span, Unknown } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/resource.js';
import type { Obj, SpanTable } from './tree.js';
import { isObj, newObj } from './tree.js';
import { setOwn } from '../own.js';

export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/** A piece of a string built by Fn::Sub or Fn::Join. */
export type Part = { text: string } | { ref: string; attr?: string } | { unknown: Unknown };

/**
 * Where an Unknown came from, for the loader's own use (never sent to the policies). An
 * Unknown's reason names parameters, resources and functions, never a literal of the template:
 * a literal may be a secret.
 */
export type Origin =
  | { kind: 'parts'; parts: Part[] }
  | { kind: 'parameter'; name: string; noEcho: boolean; hasDefault: boolean }
  | { kind: 'branches'; values: [unknown, unknown] }
  | { kind: 'pseudo'; name: string }
  | { kind: 'import' };

export interface Parameter {
  type: string;
  default: unknown;
  noEcho: boolean;
}

export interface TemplateInfo {
  parameters: Map<string, Parameter>;
  mappings: Obj;
  conditions: Obj;
  /** Logical id -> resource Type. */
  resources: Map<string, string>;
}

export type Warn = (span: Span, message: string) => void;

/**
 * The longest string and the most pieces a Fn::Sub or Fn::Join may build. A template is at most
 * 1 MB, so anything longer was multiplied (nested Fn::Sub doubling a string): an error for that
 * value, found in linear time, never hours of concatenation.
 */
export const MAX_RESOLVED_CHARS = 1024 * 1024;
export const MAX_RESOLVED_PARTS = 10_000;

const KNOWN_PSEUDO: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com' };
const DEPLOY_TIME_PSEUDO = new Set(['AWS::Region', 'AWS::AccountId', 'AWS::StackName', 'AWS::StackId', 'AWS::NotificationARNs']);
const IN_PROGRESS = Symbol('in-progress');
export const TRANSFORM = 'Fn::Transform';

export class Resolver {
  readonly origins = new WeakMap<Unknown, Origin>();
  /** Logical id -> the logical ids its properties reference, for the circular-dependency check. */
  readonly edges = new Map<string, Set<string>>();
  /** Strings built with a resource reference inside (see the top of this file). */
  private readonly symbolicStrings = new Set<string>();
  private readonly conditionValues = new Map<string, boolean | Unknown | typeof IN_PROGRESS>();
  private current: string | undefined;

  constructor(
    private readonly template: TemplateInfo,
    private readonly spans: SpanTable,
    private readonly fromTag: WeakSet<object>,
    private readonly warn: Warn,
    /** Reports an error (the scan is incomplete); a warning when not given. */
    private readonly fail: Warn = warn,
  ) {}

  /** Resolves a value that belongs to resource `id` (its references are edges of `id`). */
  resolveFor(id: string, value: unknown, at: Span): unknown {
    const saved = this.current;
    this.current = id;
    try {
      return this.resolve(value, at);
    } finally {
      this.current = saved;
    }
  }

  /** `{ref, attr}` when `s` is a `ref:` string naming a resource of this template. */
  refOf(s: string): { ref: string; attr?: string } | undefined {
    if (!s.startsWith('ref:')) return undefined;
    const body = s.slice(4);
    const dot = body.indexOf('.');
    const id = dot < 0 ? body : body.slice(0, dot);
    if (!this.template.resources.has(id)) return undefined;
    return dot < 0 ? { ref: id } : { ref: id, attr: body.slice(dot + 1) };
  }

  /** `s` holds a resource reference: the whole of it (`ref:X`) or a part (`arn:...:ref:X/*`). */
  isSymbolic(s: string): boolean {
    return this.refOf(s) !== undefined || this.symbolicStrings.has(s);
  }

  /** The value of a named condition: true, false, or Unknown. */
  condition(name: string, at: Span): boolean | Unknown {
    const state = this.conditionValues.get(name);
    if (state === IN_PROGRESS) {
      this.warn(at, `cloudformation: circular condition: ${name} depends on itself`);
      return unknown(`circular condition ${name}`);
    }
    if (state !== undefined) return state;
    const conditions = this.template.conditions;
    if (!Object.hasOwn(conditions, name)) {
      this.warn(at, `cloudformation: condition ${name} is not defined in Conditions`);
      const u = unknown(`undefined condition ${name}`);
      this.conditionValues.set(name, u);
      return u;
    }
    this.conditionValues.set(name, IN_PROGRESS);
    const saved = this.current;
    this.current = undefined;
    const value = this.conditionArg(conditions[name], this.spans.child(conditions, name) ?? at, `condition ${name}`);
    this.current = saved;
    this.conditionValues.set(name, value);
    return value;
  }

  resolve(value: unknown, at: Span): unknown {
    if (typeof value === 'string') return this.str(value);
    if (value === null || typeof value !== 'object') return value;
    if (isUnknown(value)) return value;
    if (Array.isArray(value)) return this.resolveList(value, at);
    const obj = value as Obj;
    const keys = Object.keys(obj);
    const fn = this.intrinsicName(obj, keys, at);
    if (fn) return this.intrinsic(fn, obj[fn], this.spans.self(obj) ?? at);
    return this.resolveMap(obj, keys, at);
  }

  private intrinsicName(obj: Obj, keys: string[], at: Span): string | undefined {
    if (keys.length === 1) {
      const k = keys[0]!;
      if (k === 'Ref' || k.startsWith('Fn::')) return k;
      if (k === 'Condition' && this.fromTag.has(obj)) return k;
      return undefined;
    }
    // Fn::Transform beside other keys (AWS::Include) adds to the mapping: see resolveMap.
    const fn = keys.find((k) => k === 'Ref' || (k.startsWith('Fn::') && k !== TRANSFORM));
    if (fn) this.warn(this.spans.self(obj) ?? at, `cloudformation: ${fn} must be the only key of its mapping`);
    return undefined;
  }

  // The resolved list and mapping share the spans of the written ones when every entry is kept
  // and had its own span (the usual case): no second Map per container.

  private resolveList(list: unknown[], at: Span): unknown[] {
    const out: unknown[] = [];
    const written = this.spans.children(list);
    let children: Map<string | number, Span> | undefined;
    for (let i = 0; i < list.length; i++) {
      const own = written?.get(i);
      const span = own ?? at;
      const r = this.resolve(list[i], span);
      if (r === NO_VALUE || own === undefined) children ??= copyUpTo(written, out.length);
      if (r === NO_VALUE) continue;
      children?.set(out.length, span);
      out.push(r);
    }
    this.spans.set(out, this.spans.self(list) ?? at, children ?? (written && written.size === list.length ? written : copyUpTo(written, out.length)));
    return out;
  }

  private resolveMap(obj: Obj, keys: string[], at: Span): Obj {
    const out = newObj();
    const written = this.spans.children(obj);
    let children: Map<string | number, Span> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const own = written?.get(k);
      const span = own ?? at;
      if (k === TRANSFORM) {
        this.warn(span, 'cloudformation: Fn::Transform may add keys to this mapping when deployed; it is analyzed as written');
        children ??= copyKeys(written, keys, i);
        continue;
      }
      const r = this.resolve(obj[k], span);
      if (r === NO_VALUE || own === undefined) children ??= copyKeys(written, keys, i);
      if (r === NO_VALUE) continue;
      children?.set(k, span);
      setOwn(out, k, r);
    }
    // Shared only when the written map has exactly these keys (a span table entry may hold more).
    this.spans.set(out, this.spans.self(obj) ?? at, children ?? (written && written.size === keys.length ? written : copyKeys(written, keys, keys.length)));
    return out;
  }

  /** A literal string; one with a dynamic reference (`{{resolve:...}}`) is known only at deploy time. */
  private str(s: string): string | Unknown {
    const m = s.includes('{{resolve:') ? /\{\{resolve:([a-z-]+):/.exec(s) : null;
    if (!m) return s;
    const u = unknown(`dynamic reference (${m[1]})`);
    this.origins.set(u, { kind: 'parts', parts: [{ text: s }] });
    return u;
  }

  private invalid(at: Span, fn: string, expects: string): Unknown {
    this.warn(at, `cloudformation: ${fn} expects ${expects}`);
    return unknown(`invalid ${fn}`);
  }

  private intrinsic(fn: string, arg: unknown, at: Span): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(arg, at);
      case 'Fn::GetAtt':
        return this.getAtt(arg, at);
      case 'Fn::Sub':
        return this.sub(arg, at);
      case 'Fn::Join':
        return this.join(arg, at);
      case 'Fn::Select':
        return this.select(arg, at);
      case 'Fn::Split':
        return this.split(arg, at);
      case 'Fn::If':
        return this.if(arg, at);
      case 'Fn::Equals':
        return this.equals(arg, at);
      case 'Fn::And':
      case 'Fn::Or':
        return this.andOr(fn, arg, at);
      case 'Fn::Not': {
        if (!Array.isArray(arg) || arg.length !== 1) return this.invalid(at, fn, '[condition]');
        const v = this.conditionArg(arg[0], this.spans.child(arg, 0) ?? at, fn);
        return typeof v === 'boolean' ? !v : v;
      }
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg, at) : this.invalid(at, fn, 'a condition name');
      case 'Fn::FindInMap':
        return this.findInMap(arg, at);
      case 'Fn::ImportValue': {
        const name = this.resolve(arg, at);
        const u = unknown(typeof name === 'string' ? `imported value ${name}` : 'imported value');
        this.origins.set(u, { kind: 'import' });
        return u;
      }
      case 'Fn::Base64': {
        const v = this.resolve(arg, at);
        if (typeof v === 'string' || typeof v === 'number') {
          const s = String(v);
          if (!this.isSymbolic(s)) return Buffer.from(s, 'utf8').toString('base64');
          // The text is kept as the origin, for the user-data secret scan (literal-secrets.ts).
          const u = unknown('Fn::Base64 of a string with a resource reference');
          this.origins.set(u, { kind: 'parts', parts: [{ text: s }] });
          return u;
        }
        if (!isUnknown(v)) return this.invalid(at, fn, 'a string');
        const u = unknown(`Fn::Base64 of ${v.$unknown}`);
        const origin = this.origins.get(v);
        if (origin) this.origins.set(u, origin);
        return u;
      }
      case 'Fn::Cidr':
        return this.cidr(arg, at);
      case 'Fn::GetAZs':
        this.resolve(arg, at);
        return unknown('Fn::GetAZs: Availability Zones are known only at deploy time');
      case 'Fn::Transform':
        return unknown('output of a macro (Fn::Transform)');
      case 'Fn::Length': {
        const v = this.resolve(arg, at);
        if (Array.isArray(v)) return v.length;
        return isUnknown(v) ? unknown(`Fn::Length of ${v.$unknown}`) : this.invalid(at, fn, 'a list');
      }
      case 'Fn::ToJsonString': {
        const v = this.resolve(arg, at);
        return this.isKnown(v) ? JSON.stringify(v) : unknown('Fn::ToJsonString of a value not known statically');
      }
      default:
        this.warn(at, `cloudformation: unknown intrinsic function ${fn}`);
        return unknown(`unknown intrinsic function ${fn}`);
    }
  }

  private ref(name: unknown, at: Span): unknown {
    if (typeof name !== 'string') return this.invalid(at, 'Ref', 'a parameter or resource name');
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (Object.hasOwn(KNOWN_PSEUDO, name)) return KNOWN_PSEUDO[name];
    if (DEPLOY_TIME_PSEUDO.has(name)) {
      const u = unknown(`${name} is known only at deploy time`);
      this.origins.set(u, { kind: 'pseudo', name });
      return u;
    }
    const param = this.template.parameters.get(name);
    if (param) return this.parameter(name, param);
    if (this.template.resources.has(name)) {
      this.edge(name);
      return `ref:${name}`;
    }
    this.warn(at, `cloudformation: Ref to ${name}, which is not a parameter or resource of the template`);
    return unknown(`Ref to undefined ${name}`);
  }

  private parameter(name: string, p: Parameter): unknown {
    const origin = (hasDefault: boolean, reason: string): Unknown => {
      const u = unknown(reason);
      this.origins.set(u, { kind: 'parameter', name, noEcho: p.noEcho, hasDefault });
      return u;
    };
    if (p.type.startsWith('AWS::SSM::Parameter::Value<')) return origin(false, `parameter ${name} is read from SSM at deploy time`);
    if (p.noEcho) return origin(p.default !== undefined, `NoEcho parameter ${name}`);
    if (p.default === undefined || p.default === null) return origin(false, `parameter ${name} has no default`);
    const isList = p.type === 'CommaDelimitedList' || p.type.startsWith('List<');
    if (isList && typeof p.default === 'string') return p.default.split(',').map((s) => s.trim());
    if (typeof p.default === 'object') return origin(false, `parameter ${name} has a default that is not a string`);
    return p.default;
  }

  private edge(target: string): void {
    if (this.current === undefined) return;
    let set = this.edges.get(this.current);
    if (!set) this.edges.set(this.current, (set = new Set()));
    set.add(target);
  }

  private getAtt(arg: unknown, at: Span): unknown {
    let pair = arg;
    if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      pair = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
    }
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') return this.invalid(at, 'Fn::GetAtt', '[resource, attribute]');
    const [id, rawAttr] = pair as [string, unknown];
    if (!this.template.resources.has(id)) {
      this.warn(at, `cloudformation: Fn::GetAtt on ${id}, which is not a resource of the template`);
      return unknown(`Fn::GetAtt on undefined ${id}`);
    }
    this.edge(id);
    const attr = this.resolve(rawAttr, at);
    if (typeof attr === 'string') return `ref:${id}.${attr}`;
    return isUnknown(attr) ? unknown(`Fn::GetAtt on ${id} with ${attr.$unknown}`) : this.invalid(at, 'Fn::GetAtt', 'an attribute name');
  }

  /** Concatenates resolved pieces into a string, or an Unknown that remembers its parts. */
  private concat(fn: string, pieces: unknown[], at: Span): string | Unknown {
    const parts: Part[] = [];
    const add = (part: Part): void => {
      const last = parts[parts.length - 1];
      if (!('text' in part)) parts.push(part);
      else if (last && 'text' in last) parts[parts.length - 1] = { text: last.text + part.text };
      else if (part.text !== '') parts.push(part);
    };
    let symbolic = false;
    let chars = 0;
    const tooBig = (): Unknown => {
      this.fail(at, `cloudformation: ${fn} builds a string longer than ${MAX_RESOLVED_CHARS} characters or of more than ${MAX_RESOLVED_PARTS} parts: not resolved`);
      return unknown(`${fn} over the size limit`);
    };
    for (const p of pieces) {
      if (typeof p === 'string') chars += p.length;
      else if (isUnknown(p)) {
        const origin = this.origins.get(p);
        if (origin?.kind === 'parts') for (const q of origin.parts) chars += 'text' in q ? q.text.length : 0;
      }
      if (chars > MAX_RESOLVED_CHARS || parts.length > MAX_RESOLVED_PARTS) return tooBig();
      if (typeof p === 'string') {
        symbolic ||= this.symbolicStrings.has(p);
        add(this.refOf(p) ?? { text: p });
      } else if (typeof p === 'number' || typeof p === 'boolean') {
        add({ text: String(p) });
      } else if (isUnknown(p)) {
        const origin = this.origins.get(p);
        if (origin?.kind === 'parts') origin.parts.forEach(add);
        else add({ unknown: p });
      } else {
        return this.invalid(at, fn, 'strings (a list or mapping cannot be part of a string)');
      }
    }
    if (parts.length > MAX_RESOLVED_PARTS) return tooBig();
    if (parts.every((p) => !('unknown' in p))) {
      const s = this.str(parts.map((p) => ('text' in p ? p.text : 'ref' in p ? refString(p) : '')).join(''));
      if (typeof s === 'string' && (symbolic || parts.some((p) => 'ref' in p))) this.symbolicStrings.add(s);
      return s;
    }
    const reasons = new Set<string>();
    for (const p of parts) {
      if ('ref' in p) reasons.add(refString(p));
      else if ('unknown' in p) reasons.add(p.unknown.$unknown);
      else if (p.text.includes('{{resolve:')) reasons.add('a dynamic reference');
    }
    const u = unknown(`${fn} of ${[...reasons].join(', ')}`);
    this.origins.set(u, { kind: 'parts', parts });
    return u;
  }

  private sub(arg: unknown, at: Span): unknown {
    let template: unknown = arg;
    let vars: Obj = newObj();
    if (Array.isArray(arg)) {
      if (arg.length !== 2 || !isObj(arg[1])) return this.invalid(at, 'Fn::Sub', 'a string or [string, {variables}]');
      template = arg[0];
      vars = arg[1];
    }
    if (typeof template !== 'string') return this.invalid(at, 'Fn::Sub', 'a string or [string, {variables}]');
    const pieces: unknown[] = [];
    // Each variable is resolved once, however often the template names it.
    const resolved = new Map<string, unknown>();
    let text = '';
    let i = 0;
    while (i < template.length) {
      const start = template.indexOf('${', i);
      const end = start < 0 ? -1 : template.indexOf('}', start);
      if (start < 0 || end < 0) {
        text += template.slice(i);
        break;
      }
      text += template.slice(i, start);
      const name = template.slice(start + 2, end);
      i = end + 1;
      if (name.startsWith('!')) {
        text += `\${${name.slice(1)}}`;
        continue;
      }
      pieces.push(text);
      text = '';
      const key = name.trim();
      if (!resolved.has(key)) resolved.set(key, this.subVariable(key, vars, at));
      pieces.push(resolved.get(key));
    }
    pieces.push(text);
    return this.concat('Fn::Sub', pieces, at);
  }

  private subVariable(name: string, vars: Obj, at: Span): unknown {
    if (Object.hasOwn(vars, name)) {
      const v = this.resolve(vars[name], this.spans.child(vars, name) ?? at);
      return v === NO_VALUE ? unknown(`Fn::Sub variable ${name} is AWS::NoValue`) : v;
    }
    const dot = name.indexOf('.');
    if (dot > 0 && this.template.resources.has(name.slice(0, dot))) return this.getAtt([name.slice(0, dot), name.slice(dot + 1)], at);
    if (name === 'AWS::NoValue') return this.invalid(at, 'Fn::Sub', 'a variable other than AWS::NoValue');
    return this.ref(name, at);
  }

  private join(arg: unknown, at: Span): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at, 'Fn::Join', '[delimiter, [values]]');
    const delimiter = this.resolve(arg[0], at);
    const list = this.resolve(arg[1], this.spans.child(arg, 1) ?? at);
    if (isUnknown(list)) return unknown(`Fn::Join of ${list.$unknown}`);
    if (typeof delimiter !== 'string' || !Array.isArray(list)) return this.invalid(at, 'Fn::Join', '[delimiter, [values]]');
    const pieces: unknown[] = [];
    list.forEach((item, i) => {
      if (i > 0) pieces.push(delimiter);
      pieces.push(item);
    });
    return this.concat('Fn::Join', pieces, at);
  }

  private select(arg: unknown, at: Span): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at, 'Fn::Select', '[index, list]');
    const index = this.resolve(arg[0], at);
    const list = this.resolve(arg[1], this.spans.child(arg, 1) ?? at);
    if (isUnknown(index)) return unknown(`Fn::Select with ${index.$unknown}`);
    if (isUnknown(list)) return unknown(`Fn::Select from ${list.$unknown}`);
    if (typeof list === 'string' && this.isSymbolic(list)) return unknown('Fn::Select from a resource attribute');
    const n = typeof index === 'number' ? index : typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : NaN;
    if (!Number.isInteger(n) || n < 0 || !Array.isArray(list)) return this.invalid(at, 'Fn::Select', '[index, list]');
    if (n >= list.length) {
      this.warn(at, `cloudformation: Fn::Select index ${n} is out of range for a list of ${list.length}`);
      return unknown('Fn::Select out of range');
    }
    return list[n];
  }

  private split(arg: unknown, at: Span): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at, 'Fn::Split', '[delimiter, string]');
    const delimiter = this.resolve(arg[0], at);
    const source = this.resolve(arg[1], at);
    if (isUnknown(source)) return unknown(`Fn::Split of ${source.$unknown}`);
    if (typeof delimiter !== 'string' || delimiter === '' || typeof source !== 'string') return this.invalid(at, 'Fn::Split', '[delimiter, string]');
    if (this.isSymbolic(source)) return unknown('Fn::Split of a string with a resource reference');
    const out = source.split(delimiter);
    this.spans.set(out, at, new Map(out.map((_, i) => [i, at])));
    return out;
  }

  private if(arg: unknown, at: Span): unknown {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return this.invalid(at, 'Fn::If', '[condition, value if true, value if false]');
    const name = arg[0];
    const cond = this.condition(name, at);
    const branch = (i: 1 | 2): unknown => this.resolve(arg[i], this.spans.child(arg, i) ?? at);
    if (cond === true) return branch(1);
    if (cond === false) return branch(2);
    const a = branch(1);
    const b = branch(2);
    if (a === NO_VALUE && b === NO_VALUE) return NO_VALUE;
    // Both branches alike: the condition does not matter.
    if (this.isKnown(a) && this.isKnown(b) && same(a, b)) return a;
    const u = unknown(`Fn::If on condition ${name} (${cond.$unknown})`);
    this.origins.set(u, { kind: 'branches', values: [a, b] });
    return u;
  }

  private equals(arg: unknown, at: Span): boolean | Unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return this.invalid(at, 'Fn::Equals', '[value, value]');
    const a = this.resolve(arg[0], at);
    const b = this.resolve(arg[1], at);
    if (!this.isKnown(a) || !this.isKnown(b)) {
      const why = [a, b].filter(isUnknown).map((u) => u.$unknown);
      return unknown(`Fn::Equals on ${why.length > 0 ? why.join(', ') : 'a resource reference'}`);
    }
    return same(a, b);
  }

  private andOr(fn: 'Fn::And' | 'Fn::Or', arg: unknown, at: Span): boolean | Unknown {
    if (!Array.isArray(arg) || arg.length === 0) return this.invalid(at, fn, 'a list of conditions');
    const decisive = fn === 'Fn::Or';
    let undecided: Unknown | undefined;
    for (let i = 0; i < arg.length; i++) {
      const v = this.conditionArg(arg[i], this.spans.child(arg, i) ?? at, fn);
      // One decisive operand settles it whatever the unknown ones are.
      if (v === decisive) return decisive;
      if (isUnknown(v)) undecided ??= v;
    }
    return undecided ? unknown(`${fn} on ${undecided.$unknown}`) : !decisive;
  }

  /** A condition operand: `{Condition: name}`, a condition function, or a literal boolean. */
  private conditionArg(value: unknown, at: Span, where: string): boolean | Unknown {
    if (isObj(value) && Object.keys(value).length === 1 && typeof value.Condition === 'string') {
      return this.condition(value.Condition, this.spans.self(value) ?? at);
    }
    const v = this.resolve(value, at);
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    if (isUnknown(v)) return v;
    this.warn(at, `cloudformation: ${where} expects a condition`);
    return unknown(`invalid condition in ${where}`);
  }

  private findInMap(arg: unknown, at: Span): unknown {
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return this.invalid(at, 'Fn::FindInMap', '[map, top-level key, second-level key]');
    const keys = arg.slice(0, 3).map((k) => this.resolve(k, at));
    const fallback = isObj(arg[3]) && Object.hasOwn(arg[3], 'DefaultValue') ? () => this.resolve((arg[3] as Obj).DefaultValue, at) : undefined;
    const dynamic = keys.find(isUnknown);
    if (dynamic) return unknown(`Fn::FindInMap with ${dynamic.$unknown}`);
    if (!keys.every((k) => typeof k === 'string' || typeof k === 'number')) return this.invalid(at, 'Fn::FindInMap', 'string keys');
    const [map, top, second] = keys.map(String) as [string, string, string];
    if ([map, top, second].some((k) => this.isSymbolic(k))) return unknown('Fn::FindInMap with a resource reference');
    const m = this.template.mappings[map];
    const t = isObj(m) && Object.hasOwn(m, top) ? m[top] : undefined;
    if (isObj(t) && Object.hasOwn(t, second)) return this.resolve(t[second], this.spans.child(t, second) ?? at);
    if (fallback) return fallback();
    this.warn(at, `cloudformation: Fn::FindInMap: Mappings has no entry ${map}.${top}.${second}`);
    return unknown(`Fn::FindInMap: no entry ${map}.${top}.${second}`);
  }

  private cidr(arg: unknown, at: Span): unknown {
    if (!Array.isArray(arg) || arg.length !== 3) return this.invalid(at, 'Fn::Cidr', '[ipBlock, count, cidrBits]');
    const [block, count, bits] = arg.map((a) => this.resolve(a, at));
    const dynamic = [block, count, bits].find(isUnknown);
    if (dynamic) return unknown(`Fn::Cidr of ${dynamic.$unknown}`);
    if (typeof block === 'string' && this.isSymbolic(block)) return unknown('Fn::Cidr of a resource attribute');
    if (typeof block === 'string' && block.includes(':')) return unknown('Fn::Cidr on an IPv6 block');
    const out = typeof block === 'string' ? cidrSubnets(block, Number(count), Number(bits)) : undefined;
    if (!out) return this.invalid(at, 'Fn::Cidr', 'an IPv4 block, a count and a number of subnet bits that fit it');
    this.spans.set(out, at, new Map(out.map((_, i) => [i, at])));
    return out;
  }

  /** No Unknown, no resource reference and no NoValue anywhere inside. */
  isKnown(v: unknown): boolean {
    if (v === NO_VALUE) return false;
    if (typeof v === 'string') return !this.isSymbolic(v);
    if (v === null || typeof v !== 'object') return true;
    if (isUnknown(v)) return false;
    return Object.values(v).every((x) => this.isKnown(x));
  }
}

const refString = (p: { ref: string; attr?: string }): string => `ref:${p.ref}${p.attr === undefined ? '' : `.${p.attr}`}`;

/** Equality as Fn::Equals sees it: scalars compare as strings ("1" equals 1). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const scalar = (x: unknown): boolean => x === null || typeof x !== 'object';
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return false;
}

/** Fn::Cidr for IPv4: `count` subnets with `bits` host bits each, carved from `block`. */
export function cidrSubnets(block: string, count: number, bits: number): string[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block);
  if (!m || !Number.isInteger(count) || !Number.isInteger(bits)) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  const newPrefix = 32 - bits;
  if (octets.some((o) => o > 255) || prefix > 32 || bits < 0 || newPrefix < prefix || count < 1 || count > 256) return undefined;
  if (count > 2 ** (newPrefix - prefix)) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const base = address - (address % 2 ** (32 - prefix));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let n = base + i * 2 ** bits;
    const parts: number[] = [];
    for (let j = 0; j < 4; j++) {
      parts.unshift(n % 256);
      n = Math.floor(n / 256);
    }
    out.push(`${parts.join('.')}/${newPrefix}`);
  }
  return out;
}

/** The first `n` items' spans of a written list, as a new Map. */
function copyUpTo(written: ReadonlyMap<string | number, Span> | undefined, n: number): Map<string | number, Span> {
  const out = new Map<string | number, Span>();
  for (let i = 0; i < n; i++) {
    const s = written?.get(i);
    if (s) out.set(i, s);
  }
  return out;
}

/** The spans of `keys[0..n)` of a written mapping, as a new Map. */
function copyKeys(written: ReadonlyMap<string | number, Span> | undefined, keys: string[], n: number): Map<string | number, Span> {
  const out = new Map<string | number, Span>();
  for (let i = 0; i < n; i++) {
    const s = written?.get(keys[i]!);
    if (s) out.set(keys[i]!, s);
  }
  return out;
}
