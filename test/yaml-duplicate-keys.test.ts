/**
 * The YAML reader parses without the yaml library's quadratic duplicate-key check and parses
 * again with it only when a linear walk finds keys that could repeat (document/yaml.ts,
 * parseYamlDocument). These tests pin that its errors are the library's own under
 * `uniqueKeys: true`, code, position, message and order, on random documents full of repeated,
 * equal-valued (`1`, `0x1`, `1.0`), quoted, tagged, aliased, merge and complex keys, in block and
 * flow maps, with random breakage; and that the line counter it fills is the one a single parse
 * fills.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isPair, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { parseYamlDocument, readYaml } from '../src/sources/document/yaml.js';
import { shortFormTags } from '../src/sources/cloudformation/tree.js';
import { DOCUMENT_LIMITS } from '../src/sources/document/limits.js';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

const BASE: Options = { prettyErrors: false, logLevel: 'error', strict: true, merge: false };
/** As the Compose loader, CloudFormation and the configuration file read YAML. */
const SHAPES: Record<string, Options> = {
  compose: { ...BASE, merge: true },
  cloudformation: { ...BASE, customTags: shortFormTags },
  plain: BASE,
};

/** Keys that collide often, by value or only by text. */
const KEY = fc.constantFrom(
  'a', 'a', 'b', '"a"', "'a'", '1', '01', '0x1', '1.0', '"1"', '.nan', '.NaN', 'true', 'True', '"true"', 'null', '~', '',
  '<<', '!Ref a', '!!str a', '&k a', '*k', '? a', '? [x, y]', '? {x: 1}', 'svc0', 'svc1', 'svc2', 'x y',
);
const SCALAR = fc.constantFrom('1', 'x', '"q"', 'null', '*k', '&k v', '!Sub s', '[1, 2]', '{}', '{a: 1, a: 2}', '{a: 1, b: 2}', '[a: 1, a: 2]', '*nope');
/** Breakage: tabs, stray indicators, unclosed flow collections, a second document. */
const JUNK = fc.constantFrom('\t', ': :', '- x', '[', '{', '}', '"', '---', '...', '%YAML 1.2', '@', '`', ' #c', '\n  ');

type Doc = { kind: 'map'; items: Array<[string, Doc]> } | { kind: 'scalar'; text: string } | { kind: 'flow'; items: Array<[string, string]> };

const doc: fc.Arbitrary<Doc> = fc.letrec<{ doc: Doc }>((tie) => ({
  doc: fc.oneof(
    { maxDepth: 3, withCrossShrink: true },
    SCALAR.map((text): Doc => ({ kind: 'scalar', text })),
    fc.array(fc.tuple(KEY, SCALAR), { maxLength: 12 }).map((items): Doc => ({ kind: 'flow', items })),
    fc.array(fc.tuple(KEY, tie('doc')), { minLength: 1, maxLength: 10 }).map((items): Doc => ({ kind: 'map', items })),
  ),
})).doc;

function render(d: Doc, indent: string): string {
  if (d.kind === 'scalar') return ` ${d.text}\n`;
  if (d.kind === 'flow') return ` {${d.items.map(([k, v]) => `${k.replace(/^\? /, '? ')}: ${v}`).join(', ')}}\n`;
  return `\n${d.items.map(([k, v]) => `${indent}${k}:${render(v, `${indent}  `)}`).join('')}`;
}

function withJunk(text: string, junk: Array<[number, string]>): string {
  let out = text;
  for (const [at, j] of junk) {
    const i = Math.floor(at * (out.length + 1));
    out = out.slice(0, i) + j + out.slice(i);
  }
  return out;
}

const errorsOf = (d: { errors: Array<{ code: string; pos: [number, number]; message: string }> }) => d.errors.map((e) => [e.code, e.pos, e.message]);

/** Asserts the errors and line starts are the library's; whether it found a repeated key. */
function sameAsLibrary(text: string, options: Options): boolean {
  const ours = new LineCounter();
  const theirs = new LineCounter();
  const a = parseYamlDocument(text, { ...options, lineCounter: ours }).document;
  const b = parseDocument(text, { ...options, uniqueKeys: true, lineCounter: theirs });
  assert.deepEqual(errorsOf(a), errorsOf(b), text);
  assert.deepEqual(ours.lineStarts, theirs.lineStarts);
  return b.errors.some((e) => e.code === 'DUPLICATE_KEY');
}

test('duplicate-key errors are the library own, in its order, for random documents', () => {
  let repeated = 0;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(KEY, doc), { minLength: 1, maxLength: 8 }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), JUNK), { maxLength: 3 }),
      fc.constantFrom(...Object.keys(SHAPES)),
      (top, junk, shape) => {
        const text = withJunk(render({ kind: 'map', items: top }, '').replace(/^\n/, ''), junk);
        if (sameAsLibrary(text, SHAPES[shape]!)) repeated++;
      },
    ),
    { numRuns: 600 },
  );
  // The generator makes repeated keys common: the interesting case is not left to chance.
  assert.ok(repeated > 120, `only ${repeated} documents with a repeated key`);
});

test('a large map: a repeated key at its end is found, and none is reported when every key differs', () => {
  const services = (n: number) => Array.from({ length: n }, (_, i) => `  svc${i}:\n    image: nginx\n`).join('');
  const clean = `services:\n${services(3000)}`;
  assert.deepEqual(readYaml('c.yaml', clean).errors, []);
  const repeated = `${clean}  svc17:\n    image: redis\n`;
  const read = readYaml('c.yaml', repeated);
  assert.deepEqual(read.errors, [{ file: 'c.yaml', line: 6002, level: 'error', message: 'parse YAML: Map keys must be unique' }]);
  sameAsLibrary(repeated, SHAPES.compose!);
  // CloudFormation tolerates a repeated key (the last wins, as JSON) and still reports it.
  const template = `Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::SQS::Queue\n`;
  const cfn = readYaml('t.yaml', template, { customTags: shortFormTags, tolerate: ['DUPLICATE_KEY'] });
  assert.ok(cfn.root);
  assert.deepEqual(cfn.errors.map((e) => [e.line, e.message]), [[4, 'parse YAML: Map keys must be unique']]);
});

/** The nesting check as it was before it shared its walk with the key check. */
function firstTooDeep(node: unknown, limit: number): Node | undefined {
  const stack: Array<[unknown, number]> = [[node, 1]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (d > limit) return n as Node;
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items) {
        if (isPair(item)) stack.push([item.key, d + 1], [item.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return undefined;
}

test('the nesting error is at the node the nesting check always named, repeated keys or not', () => {
  const limit = DOCUMENT_LIMITS.maxDepth;
  let deepOnes = 0;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 1, max: limit + 20 }), fc.constantFrom('[', '{k: ', '[{a: 1, a: ', '{"x": [')), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      (branches, newlines) => {
        const sep = newlines ? '\n' : ' ';
        const body = branches.map(([depth, open]) => {
          const close = open === '[' ? ']' : open === '{k: ' ? '}' : open === '[{a: 1, a: ' ? '}]' : ']}';
          return `${open.repeat(depth)}1${close.repeat(depth)}`;
        });
        const text = `top: [${body.join(`,${sep}`)}]\n`;
        const lineCounter = new LineCounter();
        const library = parseDocument(text, { ...BASE, uniqueKeys: true, lineCounter });
        const read = readYaml('d.yaml', text, { customTags: shortFormTags, tolerate: ['DUPLICATE_KEY'] });
        const deep = firstTooDeep(library.contents, limit);
        if (library.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return;
        const nesting = read.errors.find((e) => e.message.includes('nesting deeper'));
        if (deep === undefined) assert.equal(nesting, undefined);
        else {
          deepOnes++;
          assert.equal(nesting?.line, lineCounter.linePos(deep.range![0]).line);
        }
      },
    ),
    { numRuns: 150 },
  );
  assert.ok(deepOnes > 10, `only ${deepOnes} documents nested too deep`);
});
