/**
 * interpolateTree and dropResets copy only what changes (interpolate.ts, merge.ts). These
 * property tests hold them to the whole-copy versions they replaced, kept here: the same tree
 * (values, interpolation flags, casts by path), the same problems in the same order, on random
 * Compose-shaped files with variables, `x-` blocks at every depth, anchors shared between
 * services, `!reset` tags and odd keys (`services.x`, `0`, ``).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { interpolateScalar, interpolateTree, type Lookup, type Report } from '../src/sources/compose/interpolate.js';
import { dropResets } from '../src/sources/compose/merge.js';
import { isLMap, isLSeq, type LEntry, type LNode } from '../src/sources/document/located.js';
import { readYaml } from '../src/sources/document/yaml.js';

/** interpolateTree as it was: every map and list rebuilt, every path spelt out. */
function interpolateTreeBefore(root: LNode, lookup: Lookup, report: Report): LNode {
  const memo = new Map<LNode, LNode>();
  const walk = (node: LNode, path: string, depth: number): LNode => {
    const done = memo.get(node);
    if (done) return done;
    let out: LNode = node;
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string' && node.value.includes('$')) out = interpolateScalar(node, path, lookup, report);
    } else if (node.kind === 'seq') {
      const items = node.items.map((item, i) => walk(item, `${path}.${i}`, depth + 1));
      if (items.some((v, i) => v !== node.items[i])) out = { ...node, items };
    } else {
      let changed = false;
      const entries = new Map<string, LEntry>();
      for (const [k, e] of node.entries) {
        if (k.startsWith('x-') && (depth === 0 || (depth === 2 && path.startsWith('services.')))) {
          entries.set(k, e);
          continue;
        }
        const v = walk(e.value, path === '' ? k : `${path}.${k}`, depth + 1);
        if (v !== e.value) changed = true;
        entries.set(k, v === e.value ? e : { ...e, value: v });
      }
      if (changed) out = { ...node, entries };
    }
    memo.set(node, out);
    return out;
  };
  return walk(root, '', 0);
}

function dropResetsBefore(node: LNode): LNode {
  if (isLMap(node)) {
    let changed = false;
    const entries = new Map<string, LEntry>();
    for (const [k, e] of node.entries) {
      if (e.value.tag === '!reset') {
        changed = true;
        continue;
      }
      const v = dropResetsBefore(e.value);
      if (v !== e.value) changed = true;
      entries.set(k, v === e.value ? e : { ...e, value: v });
    }
    return changed ? { ...node, entries } : node;
  }
  if (isLSeq(node)) {
    const items = node.items.filter((i) => i.tag !== '!reset').map(dropResetsBefore);
    return items.length !== node.items.length || items.some((v, i) => v !== node.items[i]) ? { ...node, items } : node;
  }
  return node;
}

const KEY = fc.constantFrom('image', 'ports', 'target', 'privileged', 'x-meta', 'x-a', 'environment', 'retries', 'scale', 'services', 'services.x', '0', '""', 'healthcheck', 'deploy', 'replicas', 'limits');
const VALUE = fc.constantFrom('plain', '${TAG}', '${UNSET}', '${PORT:-80}', '"$${LITERAL}"', '${BOOL}', '${REQ:?set it}', '${', '8080', 'true', 'null', '!reset null', '!reset ${TAG}', '!override x', '*shared');

type Tree = { map: Array<[string, Tree]> } | { seq: Tree[] } | { value: string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { maxDepth: 4 },
    VALUE.map((value): Tree => ({ value })),
    fc.array(tie('t'), { minLength: 1, maxLength: 4 }).map((seq): Tree => ({ seq })),
    fc.array(fc.tuple(KEY, tie('t')), { minLength: 1, maxLength: 5 }).map((map): Tree => ({ map })),
  ),
})).t;

function render(t: Tree, indent: string): string {
  if ('value' in t) return ` ${t.value}\n`;
  if ('seq' in t) return `\n${t.seq.map((x) => `${indent}-${render(x, `${indent}  `)}`).join('')}`;
  const seen = new Set<string>();
  const entries = t.map.filter(([k]) => !seen.has(k) && seen.add(k));
  return `\n${entries.map(([k, v]) => `${indent}${k}:${render(v, `${indent}  `)}`).join('')}`;
}

const VARS: Record<string, string> = { TAG: '1.2', PORT: '81', BOOL: 'yes' };
const lookup: Lookup = (name) => VARS[name];

test('interpolateTree and dropResets give what the whole-copy versions gave', () => {
  let changed = 0;
  let reset = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('web', 'db', 'x-svc', 'services.y'), tree), { minLength: 1, maxLength: 4 }), fc.option(tree), (services, top) => {
      const seen = new Set<string>();
      const svc = services.filter(([k]) => !seen.has(k) && seen.add(k));
      const text = `x-shared: &shared \${TAG}\nservices:\n${svc.map(([name, t]) => `  ${name}:${render(t, '    ')}`).join('')}${top ? `x-top:${render(top, '  ')}extra:${render(top, '  ')}` : ''}`;
      const read = readYaml('c.yaml', text, { merge: true, resolveTags: new Set(['!reset', '!override']) });
      if (!read.root) return;
      const problems: unknown[][] = [[], []];
      const report = (i: number): Report => (o, level, message) => problems[i]!.push([o.line, level, message]);
      const before = interpolateTreeBefore(read.root, lookup, report(0));
      const after = interpolateTree(read.root, lookup, report(1));
      assert.deepEqual(after, before, text);
      assert.deepEqual(problems[1], problems[0]);
      assert.deepEqual(dropResets(after), dropResetsBefore(before));
      // Unchanged subtrees are the same objects, as before.
      if (before === read.root) assert.equal(after, read.root);
      else changed++;
      if (dropResets(after) !== after) reset++;
    }),
    { numRuns: 400 },
  );
  assert.ok(changed > 100 && reset > 50, `${changed} files interpolated, ${reset} with a reset`);
});
