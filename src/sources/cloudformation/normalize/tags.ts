/**
 * Tags as a list of {Key, Value} (most types) or as a map (SAM, API Gateway V2, SSM...). A value
 * whose tag name or content looks secret is REDACTED, as a Compose label is.
 */
import type { Span, Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields } from '../fields.js';
import { NO_VALUE } from '../intrinsics.js';
import { isObj } from '../tree.js';
import { redactNamedValue } from '../../secrets.js';

type TagSet = Map<string, { value: string | Unknown; span: Span }>;

export interface TagReader {
  /** The values an Unknown may be (both branches of an Fn::If), when that is known. */
  alternatives(u: Unknown): unknown[] | undefined;
  spanOf(value: unknown): Span | undefined;
  childSpan(container: unknown, key: string | number): Span | undefined;
  warn(span: Span, message: string): void;
}

/**
 * `p` is the resource's Properties; each tag is recorded at `tags.<key>`. A tag behind an
 * Fn::If on an unknown condition is kept with an Unknown value (it may be there); Tags that
 * cannot be known at all are reported, since a missing-tag finding on them may be wrong.
 */
export function readTags(p: Fields, id: string, reader: TagReader): Record<string, string | Unknown> {
  const raw = p.raw('Tags');
  if (raw === undefined || raw === null) return {};
  const at = p.at('tags');
  const opaque = (): void => reader.warn(p.span('Tags'), `cloudformation: the Tags of ${id} cannot be known statically; a required-tag finding on it may be wrong`);

  const item = (v: unknown, span: Span): TagSet | undefined => {
    if (v === NO_VALUE) return new Map();
    if (isUnknown(v)) return either(v, (x) => item(x, reader.spanOf(x) ?? span));
    if (isObj(v) && isUnknown(v.Key)) return undefined;
    if (!isObj(v) || typeof v.Key !== 'string') return new Map();
    return new Map([[v.Key, { value: tagValue(v.Key, v.Value), span }]]);
  };
  const tags = (v: unknown, span: Span): TagSet | undefined => {
    if (isUnknown(v)) return either(v, (x) => tags(x, reader.spanOf(x) ?? span));
    const out: TagSet = new Map();
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) {
        const one = item(x, reader.childSpan(v, i) ?? span);
        if (!one) return undefined;
        for (const [k, t] of one) out.set(k, t);
      }
    } else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) out.set(k, { value: tagValue(k, x), span: reader.childSpan(v, k) ?? span });
    }
    return out;
  };
  // Either branch may be deployed: a tag in any branch may be there, known only where all agree.
  const either = (u: Unknown, read: (x: unknown) => TagSet | undefined): TagSet | undefined => {
    const sets = reader.alternatives(u)?.map(read);
    if (!sets || sets.some((s) => s === undefined)) return undefined;
    const out: TagSet = new Map();
    for (const set of sets as TagSet[]) {
      for (const [k, t] of set) {
        const agreed = sets.every((s) => s!.get(k)?.value === t.value) && typeof t.value === 'string';
        out.set(k, { value: agreed ? t.value : unknown(`tag ${k} depends on a condition`), span: out.get(k)?.span ?? t.span });
      }
    }
    return out;
  };

  const set = tags(raw, p.span('Tags'));
  if (!set) {
    opaque();
    return {};
  }
  for (const [k, t] of set) at.note(k, t.span);
  return Object.fromEntries([...set].map(([k, t]) => [k, t.value]));
}

/** A tag value, redacted as Compose redacts a label when its name or value looks secret. */
function tagValue(key: string, value: unknown): string | Unknown {
  if (isUnknown(value)) return value;
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? unknown('the tag value is not a string') : redactNamedValue(key, String(value));
}
