/**
 * The live normalizers' readers, against their plain definitions: an item's tags merged from
 * every place they may be (configuration.tags, supplementaryConfiguration.Tags, a bucket's tag
 * sets, the item's own tags; maps, lists of key/value, JSON text) in that order, later places
 * overriding earlier ones; and `get`, a key matched exactly or else case-insensitively (the
 * first such key in the object's order).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readItem } from '../src/sources/aws/normalize/item.js';
import { get, json, list } from '../src/sources/aws/normalize/read.js';

/** The plain definition: each place as its own map, assigned in order. */
function referenceTags(raw: Record<string, unknown>): unknown {
  const conf = json(raw.configuration) as Record<string, unknown>;
  const supp = (json(raw.supplementaryConfiguration) ?? {}) as Record<string, unknown>;
  const supplementary = Object.fromEntries(Object.entries(supp).map(([k, v]) => [k, json(v)]));
  const one = (v: unknown): Record<string, string> => {
    const parsed = json(v);
    const out: Record<string, string> = {};
    if (Array.isArray(parsed)) {
      for (const t of parsed) {
        const k = get(t, 'key');
        const val = get(t, 'value');
        if (typeof k === 'string' && (typeof val === 'string' || typeof val === 'number')) out[k] = String(val);
      }
    } else if (parsed !== null && typeof parsed === 'object') {
      for (const [k, val] of Object.entries(parsed)) if (typeof val === 'string' || typeof val === 'number') out[k] = String(val);
    }
    return out;
  };
  const sets = get(supplementary, 'BucketTaggingConfiguration');
  const bucket = sets === undefined ? [] : [Object.assign({}, ...list(get(sets, 'tagSets')).map((s) => one(get(s, 'tags'))))];
  const places = [get(conf, 'tags'), get(supplementary, 'Tags'), ...bucket, get(raw, 'tags')];
  if (places.every((v) => v === undefined)) return 'unknown';
  return Object.assign({}, ...places.map(one));
}

const key = fc.constantFrom('env', 'Env', 'owner', 'team', '__proto__', 'a');
const value = fc.oneof(fc.constantFrom('x', 'y', ''), fc.integer({ min: 0, max: 9 }), fc.constant(null), fc.boolean());
const tagMap = fc.dictionary(key, value, { maxKeys: 4 });
const tagList = fc.array(fc.oneof(fc.record({ key, value }), fc.record({ Key: key, Value: value })), { maxLength: 4 });
const tags = fc.oneof(tagMap, tagList, tagMap.map((m) => JSON.stringify(m)), tagList.map((l) => JSON.stringify(l)), fc.constant('not json'));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

test('property: an item\'s tags are every place\'s tags, later places overriding earlier ones', () => {
  fc.assert(
    fc.property(
      fc.record({ conf: maybe(tags), supp: maybe(tags), sets: maybe(fc.array(fc.record({ tags: maybe(tags) }), { maxLength: 3 })), item: maybe(tags), text: fc.boolean() }),
      ({ conf, supp, sets, item, text }) => {
        const configuration = conf === undefined ? {} : { tags: conf };
        const supplementary: Record<string, unknown> = {};
        if (supp !== undefined) supplementary.Tags = supp;
        if (sets !== undefined) supplementary.BucketTaggingConfiguration = text ? JSON.stringify({ tagSets: sets }) : { tagSets: sets };
        const raw: Record<string, unknown> = { resourceType: 'AWS::S3::Bucket', configuration: text ? JSON.stringify(configuration) : configuration, supplementaryConfiguration: supplementary };
        if (item !== undefined) raw.tags = item;
        const got = readItem(raw);
        assert.ok(typeof got !== 'string');
        const want = referenceTags(raw);
        if (want === 'unknown') assert.ok('$unknown' in got.tags);
        else assert.deepEqual(got.tags, want);
      },
    ),
    { numRuns: 500, seed: 11 },
  );
});

test('property: get matches a key exactly, else the first key equal to it without regard to case', () => {
  const names = fc.constantFrom('arn', 'ARN', 'Arn', 'accountId', 'AccountId', 'tags', 'Tags', 'x');
  fc.assert(
    fc.property(fc.array(fc.tuple(names, fc.integer()), { maxLength: 6 }), names, (entries, k) => {
      const o = Object.fromEntries(entries);
      const first = Object.keys(o).find((n) => n.toLowerCase() === k.toLowerCase());
      assert.equal(get(o, k), k in o ? o[k] : first === undefined ? undefined : o[first]);
    }),
    { numRuns: 500, seed: 11 },
  );
});
