/**
 * The steps after evaluation keep their results while they keep less: inline suppressions read
 * from an InlineIndex gathered as resources load (the scan no longer holds its resources until
 * the report) give what they give from the resources themselves, and the copy-on-write redactor
 * gives what a full rebuild of every finding gave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyInline, composeComments, InlineIndex, loadSuppressionMap, metadataSuppressions } from '../src/findings/inline.js';
import { redactor, REDACTED } from '../src/findings/redact.js';
import { scrubText } from '../src/sources/secrets.js';
import type { Resource } from '../src/model/resource.js';
import { locationsOf } from '../src/model/locations.js';
import type { Finding } from '../src/findings/types.js';

const RULES = ['PAL-S3-008', 'PAL-EC2-006', 'PAL-COMPOSE-013', 'PAL-IAM-001'];

function resource(kind: number, n: number, ignore: string[], nag: string[], checkov: string[]): Resource {
  const id = kind === 2 ? `arn:aws:s3:::b${n}` : `${kind === 1 ? 'compose.yaml#services.s' : 'stack.json#R'}${n % 7}`;
  const metadata: Record<string, unknown> = {};
  if (ignore.length > 0) metadata.palisade = { ignore: ignore.map((id, i) => ({ id, reason: i % 3 === 2 ? '' : `why ${i}` })) };
  if (nag.length > 0) metadata.cdk_nag = { rules_to_suppress: nag.map((id, i) => ({ id, reason: i % 3 === 2 ? '' : `nag ${i}` })) };
  if (checkov.length > 0) metadata.checkov = { skip: checkov.map((id) => ({ id, comment: 'ok' })) };
  return {
    id,
    type: kind === 1 ? 'compose.service' : 'aws.s3.bucket',
    source: kind === 1 ? 'compose' : kind === 2 ? 'aws' : 'cloudformation',
    name: `r${n}`,
    properties: {},
    tags: {},
    provenance:
      kind === 2
        ? { kind: 'cloud', arn: id, account: '1', region: 'eu-west-1' }
        : { kind: 'file', file: kind === 1 ? 'compose.yaml' : 'stack.json', span: { line: 2 + n, endLine: 3 + n }, locations: locationsOf(), ...(kind === 1 ? {} : { metadata }) },
  } as Resource;
}

function finding(r: Resource, ruleId: string, line: number): Finding {
  return {
    ruleId,
    title: 't',
    severity: 'high',
    category: 'access',
    message: `m ${r.id}`,
    source: r.source,
    resource: { id: r.id, type: r.type, name: r.name },
    path: 'properties',
    ...(r.provenance.kind === 'file' ? { location: { file: r.provenance.file, startLine: line, endLine: line } } : {}),
    suppressed: null,
    fingerprint: `${ruleId}-${r.id}`,
  };
}

/** applyInline as it was, over the resources themselves (before InlineIndex). */
function inlineBefore(findings: Finding[], resources: Resource[], composeTexts: Map<string, string>) {
  const map = loadSuppressionMap();
  const errors: unknown[] = [];
  const tables = new Map<string, ReturnType<typeof composeComments>>();
  for (const [file, text] of composeTexts) {
    const t = composeComments(file, text);
    tables.set(file, t);
    errors.push(...t.errors);
  }
  const commentsAt = (table: ReturnType<typeof composeComments>, line: number) => {
    const out = [];
    const on = table.byLine.get(line);
    if (on) out.push(on);
    for (let l = line - 1; l >= 1 && table.commentOnly.has(l); l--) {
      const c = table.byLine.get(l);
      if (c) out.push(c);
    }
    return out;
  };
  const byId = new Map(resources.map((r) => [r.id, r]));
  const fromMetadata = new Map<string, ReturnType<typeof metadataSuppressions>['suppressions']>();
  for (const r of resources) {
    if (r.source === 'compose') continue;
    const m = metadataSuppressions(r, map);
    errors.push(...m.errors);
    if (m.suppressions.length > 0) fromMetadata.set(r.id, m.suppressions);
  }
  const out = findings.map((f) => {
    if (f.suppressed) return f;
    const r = byId.get(f.resource.id);
    if (!r || r.provenance.kind !== 'file') return f;
    const meta = fromMetadata.get(r.id)?.find((s) => s.ruleIds.includes(f.ruleId));
    if (meta) {
      const { ruleIds: _ids, ...s } = meta;
      return { ...f, suppressed: s.reason, suppression: s };
    }
    if (r.source !== 'compose') return f;
    const candidates: Array<{ file: string; line: number }> = [];
    if (f.location) candidates.push({ file: f.location.file, line: f.location.startLine });
    candidates.push({ file: r.provenance.file, line: r.provenance.span.line });
    for (const c of candidates) {
      const table = tables.get(c.file);
      const hit = table && commentsAt(table, c.line).find((k) => k.ids.includes(f.ruleId));
      if (hit) return { ...f, suppressed: hit.reason, suppression: { kind: 'inline', via: 'compose-comment', reason: hit.reason, source: { file: c.file, line: hit.line } } };
    }
    return f;
  });
  return { findings: out, errors };
}

test('inline suppressions from an InlineIndex fed in chunks equal those from the resources', () => {
  const rule = fc.constantFrom(...RULES, 'AwsSolutions-S1', 'CKV_AWS_3', 'bad');
  const arb = fc.record({
    resources: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(rule, { maxLength: 3 }), fc.array(rule, { maxLength: 2 }), fc.array(rule, { maxLength: 2 })), { maxLength: 25 }),
    findings: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...RULES), fc.integer({ min: 1, max: 6 })), { maxLength: 40 }),
    cut: fc.nat(),
  });
  const seen = new Map<string, number>();
  const text = ['services:', '  # palisade:ignore PAL-COMPOSE-013 binds port 80', '  s1:', '    image: x # palisade:ignore PAL-IAM-001', '  # palisade:ignore nothing', ''].join('\n');
  fc.assert(
    fc.property(arb, ({ resources: specs, findings: fspecs, cut }) => {
      const resources = specs.map(([kind, ignore, nag, checkov], n) => resource(kind, n, ignore, nag, checkov));
      const findings = resources.length === 0 ? [] : fspecs.map(([i, ruleId, line]) => finding(resources[i % resources.length]!, ruleId, line));
      const composeTexts = new Map([['compose.yaml', text]]);
      const index = new InlineIndex();
      const at = resources.length === 0 ? 0 : cut % resources.length;
      index.add(resources.slice(0, at));
      index.add(resources.slice(at));
      const whole = applyInline(findings, { resources, composeTexts });
      assert.deepEqual(whole, inlineBefore(findings, resources, composeTexts));
      for (const f of whole.findings) if (f.suppression?.via) seen.set(f.suppression.via, (seen.get(f.suppression.via) ?? 0) + 1);
      if (whole.errors.length > 0) seen.set('errors', (seen.get('errors') ?? 0) + 1);
      assert.deepEqual(applyInline(findings, { resources: index, composeTexts }), whole);
      assert.deepEqual([...index.composeFiles], [...new Set(resources.filter((r) => r.source === 'compose').map((r) => (r.provenance as { file: string }).file))]);
    }),
    { numRuns: 300, seed: 11 },
  );
  // The cases cover every kind of suppression and its errors.
  for (const via of ['palisade-metadata', 'cdk-nag', 'checkov', 'compose-comment', 'errors']) assert.ok((seen.get(via) ?? 0) > 0, `${via}: ${JSON.stringify([...seen])}`);
});

/** The redactor before copy on write: every value rebuilt. */
function rebuilt(env: Record<string, string>): (x: unknown) => unknown {
  const values = [...new Set(Object.values(env).filter((v) => v.length >= 4))].sort((a, b) => b.length - a.length);
  const scrub = (s: string): string => {
    let out = s;
    for (const v of values) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return scrubText(out);
  };
  const keep = new Set(['ruleId', 'severity', 'category', 'source', 'fingerprint', 'level', 'type']);
  const deep = (x: unknown): unknown => {
    if (typeof x === 'string') return scrub(x);
    if (Array.isArray(x)) return x.map(deep);
    if (x && typeof x === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x)) {
        const v = (x as Record<string, unknown>)[k];
        const value = keep.has(k) ? v : deep(v);
        if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
        else out[k] = value;
      }
      return out;
    }
    return x;
  };
  return deep;
}

test('the copy-on-write redactor gives what rebuilding every value gave, and leaves its input alone', () => {
  const word = fc.constantFrom('s3cr3t-value', 'AKIAABCDEFGHIJKLMNOP', 'https://u:pw@host/x', 'plain', 'ghp_abcdefghijklmnopqrstuvwxyz', '', 'type');
  const text = fc.array(word, { maxLength: 4 }).map((w) => w.join(' '));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('message', 'type', 'file', '__proto__', 'ruleId', 'path'), tie('node'), { maxKeys: 4 })),
  })).node;
  fc.assert(
    fc.property(fc.array(value, { maxLength: 5 }), fc.boolean(), (list, withEnv) => {
      const env: Record<string, string> = withEnv ? { A: 's3cr3t-value', B: 'pw' } : {};
      const before = JSON.stringify(list);
      const got = redactor(env).findings(list as unknown as Finding[]);
      assert.equal(JSON.stringify(got), JSON.stringify(list.map(rebuilt(env))));
      assert.equal(JSON.stringify(list), before);
    }),
    { numRuns: 300 },
  );
});
