import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readJson } from '../src/sources/document/json.js';
import { readTree, SpanTable } from '../src/sources/cloudformation/tree.js';
import { readYaml } from '../src/sources/document/yaml.js';
import type { Span } from '../src/model/resource.js';

/** Every container's spans, in a walk of the value: what a reader registered for it. */
function spansOf(value: unknown, table: SpanTable): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    out.push([table.self(v), keys.map((k) => [k, table.child(v, k)])]);
    for (const k of keys) walk((v as Record<string | number, unknown>)[k]);
  };
  walk(value);
  return out;
}

function viaJson(text: string): { value: unknown; spans: unknown[] } | undefined {
  const table = new SpanTable();
  const read = readJson(text, (t, self, children) => table.set(t, self, children));
  return read.ok ? { value: read.value, spans: spansOf(read.value, table) } : undefined;
}

function viaYaml(text: string): { value: unknown; spans: unknown[] } {
  const table = new SpanTable();
  const tree = readTree(readYaml('x.json', text).root, 'x.json', table, []);
  return { value: tree.value, spans: spansOf(tree.value, table) };
}

const json = fc.jsonValue({ maxDepth: 5 }).filter((v) => typeof v === 'object' && v !== null);

test('JSON read by JSON.parse gets the same values and spans as the YAML reader gave it', () => {
  fc.assert(
    fc.property(json, fc.constantFrom(0, 1, 2), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const a = viaJson(text)!;
      const b = viaYaml(text);
      assert.deepEqual(a.spans, b.spans);
      assert.equal(JSON.stringify(a.value), JSON.stringify(b.value));
    }),
    { numRuns: 300 },
  );
});

test('a hand-laid-out template: entry spans run from the key to the end of the value', () => {
  const text = '\uFEFF{\n "Resources" :\n  {\n   "B": {"Type": "AWS::S3::Bucket",\n    "Properties": {}\n   }\n  },\n "L": [1,\n  {"a": "x\\"y"}]\n}\n';
  const table = new SpanTable();
  const read = readJson(text, (t, self, children) => table.set(t, self, children));
  assert.ok(read.ok);
  const root = read.value as Record<string, Record<string, unknown>>;
  const span = (line: number, endLine: number): Span => ({ line, endLine });
  assert.deepEqual(table.self(root), span(1, 10));
  assert.deepEqual(table.child(root, 'Resources'), span(2, 7));
  assert.deepEqual(table.child(root.Resources, 'B'), span(4, 6));
  assert.deepEqual(table.child(root.L, 1), span(9, 9));
  assert.deepEqual(spansOf(read.value, table), viaYaml(text).spans);
  assert.equal(Object.getPrototypeOf(root), null, 'objects have no prototype');
});

test('what JSON.parse cannot settle alone goes back to the YAML reader', () => {
  const none = (): void => undefined;
  assert.deepEqual(readJson('{"a": 1, "a": 2}', none), { ok: false, reason: 'duplicate-key' });
  assert.deepEqual(readJson(`{"a": ${'['.repeat(250)}${']'.repeat(250)}}`, none), { ok: false, reason: 'too-deep' });
  const bad = readJson('{\n "MasterUserPassword": "hunter2-tail',none);
  assert.equal(bad.ok, false);
  assert.equal(bad.ok === false && bad.reason, 'syntax');
  assert.equal(JSON.stringify(bad).includes('hunter2'), false);
});

test('parse errors name the file and line with a fixed description, never the bytes or the library advice', async () => {
  const { loadTemplate } = await import('../src/sources/cloudformation/index.js');
  const { readYaml: parseYaml } = await import('../src/sources/document/yaml.js');
  const json = '{\n "Resources": {\n  "Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword": "pw-tail-Zq81x\n}}}}\n';
  const t = loadTemplate('db.json', json);
  assert.equal(JSON.stringify(t).includes('Zq81x'), false, JSON.stringify(t.errors));
  assert.ok(t.errors.length > 0);
  for (const e of t.errors) {
    assert.equal(e.file, 'db.json');
    assert.ok(e.line === 3 || e.line === 4, `at the unclosed string, not line ${e.line}`);
    assert.match(e.message, /^parse JSON: (Missing closing "quote|syntax error \([a-z ]+\))$/);
  }
  const creds = '[default]\naws_access_key_id = AKIAEXAMPLE0000\n---\nx: "\\q AKIA"\n';
  const y = parseYaml('credentials.yaml', creds);
  for (const e of y.errors) {
    assert.equal(e.file, 'credentials.yaml');
    assert.equal(/AKIA|parseAllDocuments|please/.test(e.message), false, e.message);
  }
  assert.ok(y.errors.length > 0);
  const docs = parseYaml('two.yaml', 'a: 1\n---\nb: 2\n');
  assert.deepEqual(docs.errors.map((e) => [e.line, e.message]), [[2, 'parse YAML: the file holds more than one YAML document']]);
});

test('block nesting 4,567 deep is an error at the line where it passes the limit, before the parser sees it', async () => {
  const { readYaml: parseYaml } = await import('../src/sources/document/yaml.js');
  let text = 'services:\n web:\n  image: nginx\n  x-deep:\n';
  for (let i = 0; i < 4567; i++) text += `${' '.repeat(3 + i)}k:\n`;
  const r = parseYaml('deep.yaml', text, { merge: true });
  assert.deepEqual(r.errors, [{ file: 'deep.yaml', line: 202, level: 'error', message: 'parse YAML: nesting deeper than 200 levels' }]);
  // Text in a block scalar is not nesting, nor is a compact sequence below the limit.
  const script = `run: |\n${Array.from({ length: 300 }, (_, i) => ' '.repeat(2 + i) + 'x').join('\n')}\nnext: 1\n`;
  assert.deepEqual(parseYaml('script.yaml', script).errors, []);
  assert.deepEqual(parseYaml('seq.yaml', `${'- '.repeat(150)}x\n`).errors, []);
  assert.equal(parseYaml('seq.yaml', `${'- '.repeat(250)}x\n`).errors[0]?.line, 1);
});

// Written JSON with what JSON.stringify never writes: repeated keys, keys that look like array
// indexes (JSON.parse puts those first), escaped keys, and keys Object.prototype has.
type Written = { scalar: string } | { list: Written[] } | { entries: Array<[string, boolean, Written]> };
const KEYS = ['a', 'b', 'Type', '0', '7', '10', '01', '-1', '__proto__', 'constructor', 'k"q', 'sl\\sh', ''];
const written: fc.Arbitrary<Written> = fc.letrec<{ node: Written }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', '-2.5e3', 'true', 'null', '"x"', '"a\\\\"', '"\\"}"', '"\\u005b"').map((scalar) => ({ scalar })),
    fc.array(tie('node'), { maxLength: 4 }).map((list) => ({ list })),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.boolean(), tie('node')), { maxLength: 5 }).map((entries) => ({ entries })),
  ),
})).node;
const render = (w: Written, gap: string): string => {
  if ('scalar' in w) return w.scalar;
  if ('list' in w) return `[${gap}${w.list.map((x) => render(x, gap)).join(`,${gap}`)}${gap}]`;
  const key = (k: string, escaped: boolean): string => (escaped ? `"${[...k].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(k));
  return `{${gap}${w.entries.map(([k, e, v]) => `${key(k, e)}:${gap}${render(v, gap)}`).join(`,${gap}`)}${gap}}`;
};
const repeats = (w: Written): boolean =>
  'scalar' in w ? false : 'list' in w ? w.list.some(repeats) : new Set(w.entries.map(([k]) => k)).size < w.entries.length || w.entries.some(([, , v]) => repeats(v));

test('written keys JSON.stringify never writes: the same values and spans as the YAML reader, and a repeated key is always found', () => {
  fc.assert(
    fc.property(written.map((w) => ('entries' in w ? w : { entries: [['Root', false, w]] as Array<[string, boolean, Written]> })), fc.constantFrom('', ' ', '\n', '\n  '), (w, gap) => {
      const text = render(w, gap);
      if (repeats(w)) {
        assert.deepEqual(readJson(text, () => undefined), { ok: false, reason: 'duplicate-key' }, text);
        return;
      }
      const a = viaJson(text);
      assert.ok(a, text);
      const b = viaYaml(text);
      assert.deepEqual(a.spans, b.spans, text);
      assert.equal(JSON.stringify(a.value), JSON.stringify(b.value), text);
    }),
    { numRuns: 500 },
  );
});

test('a repeated key whose first value is a mapping goes to the YAML reader (it was an internal error)', async () => {
  const { loadTemplate } = await import('../src/sources/cloudformation/index.js');
  const text = '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"x": {"y": {"z": 1}}}},\n "B": {"Type": "AWS::SQS::Queue"}}}';
  assert.deepEqual(readJson(text, () => undefined), { ok: false, reason: 'duplicate-key' });
  const t = loadTemplate('t.json', text);
  assert.equal(t.errors.some((e) => /internal error/.test(e.message)), false, JSON.stringify(t.errors));
  assert.deepEqual(t.resources.map((r) => r.type), ['aws.sqs.queue'], 'the last one wins, as in JSON');
});
