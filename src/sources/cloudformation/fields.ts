/**
 * Reading resolved template properties into the model, one field at a time. A `Fields` is a
 * scope over one resolved mapping (a resource's Properties, a nested block, a linked resource)
 * tied to an attribute path of the model: every read records where its value came from, so a
 * finding on `properties.key_rotation` points at `EnableKeyRotation: false`.
 *
 * A scope is a mapping, absent (reads give the AWS default) or Unknown (reads give the
 * Unknown: an unknown block never turns into defaults).
 */
import type { Span, Unknown } from '../../model/resource.js';
import type { LocationWriter } from '../../model/locations.js';
import { isUnknown, unknown } from '../../model/resource.js';
import type { Maybe } from '../../model/aws/index.js';
import type { SpanTable } from './tree.js';
import { isObj } from './tree.js';

/** The model types with the convention spelled out: any value may be Unknown. */
export type Loose<T> = T extends ReadonlyArray<infer U>
  ? Array<Loose<U> | Unknown>
  : T extends Unknown
    ? T
    : T extends object
      ? { [K in keyof T]: Loose<T[K]> | Unknown }
      : T | Unknown;

export interface FieldEnv {
  readonly spans: SpanTable;
  warn(span: Span, message: string): void;
  /** The Unknown may stand for an absent value (an Fn::If with an AWS::NoValue branch). */
  mayBeAbsent(u: Unknown): boolean;
}

type State = 'map' | 'absent' | 'unknown';

export class Fields {
  private readonly state: State;

  constructor(
    private readonly env: FieldEnv,
    /** The resolved value: a mapping, undefined when absent, or Unknown. */
    readonly value: unknown,
    /** The span of this scope (the entry that holds it). */
    readonly self: Span,
    /** The model attribute path of this scope, e.g. `properties.encryption`. */
    readonly attr: string,
    private readonly locations: LocationWriter,
  ) {
    this.state = value === undefined ? 'absent' : isObj(value) && !isUnknown(value) ? 'map' : 'unknown';
  }

  /** The same place holding another value (a policy document given as a JSON string). */
  withValue(value: unknown): Fields {
    return new Fields(this.env, value, this.self, this.attr, this.locations);
  }

  /** The same value under another attribute path (a linked resource folded into its owner). */
  at(attr: string, self = this.self): Fields {
    return new Fields(this.env, this.value, self, attr, this.locations);
  }

  /** The Unknown this scope stands for, when it is not a mapping or absent. */
  get unknownValue(): Unknown | undefined {
    if (this.state !== 'unknown') return undefined;
    return isUnknown(this.value) ? this.value : unknown('not a mapping');
  }

  get isMap(): boolean {
    return this.state === 'map';
  }

  exists(): Maybe<boolean> {
    return this.unknownValue ?? this.state === 'map';
  }

  keys(): string[] {
    return this.state === 'map' ? Object.keys(this.value as object) : [];
  }

  /** The resolved value at `key` (undefined when absent), without recording anything. */
  raw(key: string): unknown {
    if (this.state === 'map') return (this.value as Record<string, unknown>)[key];
    return this.unknownValue;
  }

  span(key: string | number): Span {
    return this.env.spans.child(this.value, key) ?? this.self;
  }

  /** The span of item `i` (an index or a key) of the collection at `key`. */
  itemSpan(key: string, i: string | number): Span {
    return this.env.spans.child(this.raw(key), i) ?? this.span(key);
  }

  path(attr: string): string {
    return attr === '' ? this.attr : `${this.attr}.${attr}`;
  }

  /**
   * Records `attr` at the line of `key` and returns the value there. An empty `attr` records
   * this scope's own path at that more precise line.
   */
  read(attr: string, key: string): unknown {
    const v = this.raw(key);
    if (this.state === 'map' && v !== undefined) this.locations.set(this.path(attr), this.span(key));
    return v;
  }

  /** Records `attr` at a span found some other way (the list item that decided a value). */
  note(attr: string, span: Span): void {
    this.locations.set(this.path(attr), span);
  }

  /** Whether `key` is set (Unknown when it may or may not be). */
  present(attr: string, key: string): Maybe<boolean> {
    this.read(attr, key);
    return this.has(key);
  }

  /** Whether `key` is set (Unknown when it may or may not be), recording nothing. */
  has(key: string): Maybe<boolean> {
    const v = this.raw(key);
    if (v === undefined || v === null) return false;
    return isUnknown(v) && this.env.mayBeAbsent(v) ? v : true;
  }

  /** The mapping at `key` as a scope on this same attribute path, recording nothing. */
  inner(key: string): Fields {
    return new Fields(this.env, this.mapping(this.raw(key), key), this.span(key), this.attr, this.locations);
  }

  /** The first mapping of the list at `key` (or the mapping itself), on this attribute path. */
  first(key: string): Fields {
    const v = this.raw(key);
    if (!Array.isArray(v)) return this.inner(key);
    return new Fields(this.env, this.mapping(v[0], key), this.itemSpan(key, 0), this.attr, this.locations);
  }

  bool(attr: string, key: string, dflt: Maybe<boolean>): Maybe<boolean> {
    const v = this.read(attr, key);
    if (v === undefined || v === null) return dflt;
    if (typeof v === 'boolean' || isUnknown(v)) return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
    return this.mistyped(key, 'a boolean');
  }

  num(attr: string, key: string): Maybe<number> | null;
  num(attr: string, key: string, dflt: number): Maybe<number>;
  num(attr: string, key: string, dflt: number | null = null): Maybe<number> | null {
    const v = this.read(attr, key);
    if (v === undefined || v === null) return dflt;
    if (typeof v === 'number' || isUnknown(v)) return v;
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    return this.mistyped(key, 'a number');
  }

  str(attr: string, key: string): Maybe<string> | null;
  str(attr: string, key: string, dflt: string): Maybe<string>;
  str(attr: string, key: string, dflt: string | null = null): Maybe<string> | null {
    const v = this.read(attr, key);
    if (v === undefined || v === null) return dflt;
    return this.asString(v, key);
  }

  /** A list of strings; a single string is a list of one, an unknown list is `[Unknown]`. */
  strs(attr: string, key: string): Array<Maybe<string>> {
    const v = this.read(attr, key);
    if (v === undefined || v === null) return [];
    if (isUnknown(v)) return [v];
    if (!Array.isArray(v)) return [this.asString(v, key)];
    return v.map((item, i) => {
      this.locations.set(`${this.path(attr)}.${i}`, this.itemSpan(key, i));
      return this.asString(item, key, i);
    });
  }

  /** The mapping at `key` as a scope of its own. */
  scope(attr: string, key: string): Fields {
    return new Fields(this.env, this.mapping(this.read(attr, key), key), this.span(key), this.path(attr), this.locations);
  }

  /**
   * The value at `key` whatever it is (a policy document may be a JSON string), as a scope on
   * `attr`, or on this scope's own path without recording when `attr` is null.
   */
  any(attr: string | null, key: string): Fields {
    const v = attr === null ? this.raw(key) : this.read(attr, key);
    return new Fields(this.env, v ?? undefined, this.span(key), attr === null ? this.attr : this.path(attr), this.locations);
  }

  /** The mappings of the list at `key` (a single mapping is a list of one). */
  items(attr: string, key: string): Fields[] {
    const v = this.read(attr, key);
    if (v === undefined || v === null) return [];
    const base = this.path(attr);
    if (!Array.isArray(v)) {
      // A single mapping is the only item; its span is its own, without the key.
      const span = this.env.spans.self(v) ?? this.span(key);
      this.locations.set(`${base}.0`, span);
      return [new Fields(this.env, isObj(v) ? v : this.mistyped(key, 'a list'), span, `${base}.0`, this.locations)];
    }
    return v.map((item, i) => {
      const span = this.itemSpan(key, i);
      this.locations.set(`${base}.${i}`, span);
      return new Fields(this.env, this.mapping(item, key, span) ?? unknown('empty list item'), span, `${base}.${i}`, this.locations);
    });
  }

  /** A mapping, undefined (absent) or Unknown; anything else is reported and Unknown. */
  private mapping(v: unknown, key: string, span = this.span(key)): unknown {
    if (v === null || v === undefined) return undefined;
    return isObj(v) ? v : this.mistyped(key, 'a mapping', span);
  }

  private asString(v: unknown, key: string, index?: number): Maybe<string> {
    if (typeof v === 'string' || isUnknown(v)) return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return this.mistyped(key, 'a string', index === undefined ? this.span(key) : this.itemSpan(key, index));
  }

  private mistyped(key: string, expected: string, span = this.span(key)): Unknown {
    this.env.warn(span, `cloudformation: ${key} should be ${expected}`);
    return unknown(`${key} is not ${expected}`);
  }
}
