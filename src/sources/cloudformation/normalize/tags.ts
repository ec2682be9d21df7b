/** Tags as a list of {Key, Value} (most types) or as a map (SAM, API Gateway V2, SSM...). */
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields } from '../fields.js';
import { isObj } from '../tree.js';

/** `p` is the resource's Properties; each tag is recorded at `tags.<key>`. */
export function readTags(p: Fields): Record<string, string | Unknown> {
  const raw = p.raw('Tags');
  const at = p.at('tags');
  const entries: Array<[string, string | Unknown]> = [];
  const add = (key: unknown, value: unknown, i: string | number): void => {
    // A tag whose key is not known cannot be named; its value alone says nothing.
    if (typeof key !== 'string') return;
    at.note(key, p.itemSpan('Tags', i));
    entries.push([key, isUnknown(value) ? value : value === undefined || value === null ? '' : typeof value === 'object' ? unknown('the tag value is not a string') : String(value)]);
  };
  if (Array.isArray(raw)) {
    raw.forEach((item, i) => {
      if (isObj(item) && !isUnknown(item)) add(item.Key, item.Value, i);
    });
  } else if (isObj(raw) && !isUnknown(raw)) {
    for (const [key, value] of Object.entries(raw)) add(key, value, key);
  }
  return Object.fromEntries(entries);
}
