/**
 * Live account/region groups are evaluated in slices (src/engine/batches.ts liveSlices): the
 * resource types that built-in rules judge together (LIVE_RELATED_TYPES) stay in one batch,
 * the rest is cut into batches of the batch size. The findings are those of one whole call,
 * and a rule that ranges over more than one resource must be accounted for in LIVE_RELATED.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfigSnapshot, readIamSnapshot } from '../src/sources/aws/snapshot.js';
import { normalizeConfigItems, normalizeIam } from '../src/sources/aws/normalize/index.js';
import { cloudResource } from '../src/sources/aws/normalize/resource.js';
import { batches, evaluateBatch, evaluateBatches, LIVE_RELATED, LIVE_RELATED_TYPES, type RawResult } from '../src/engine/evaluate.js';
import { LIVE_CUTS } from '../src/engine/batches.js';
import { writeConfigSnapshots } from '../bench/w2.js';
import type { Resource } from '../src/model/resource.js';

const ACCOUNT = '111122223333';
const enc = (d: object) => encodeURIComponent(JSON.stringify(d));
const key = (r: RawResult) => JSON.stringify([r.rule, r.resource, r.path, r.msg]);

/**
 * IAM of one account: first a role whose inline policy copies the managed policy attached to
 * it (folded: judged once, as the policy), then filler roles, last that managed policy. Cut
 * naively, the role's slice lacks the policy and reports the copy again.
 */
function iamResources(fillers: number): Resource[] {
  const everything = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
  const trust = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  const parn = `arn:aws:iam::${ACCOUNT}:policy/everything`;
  const role = (name: string, doc: string, attached: object[]) => ({
    RoleName: name, RoleId: `AROA${name}`, Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, Path: '/',
    AssumeRolePolicyDocument: trust, RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: doc }], AttachedManagedPolicies: attached, Tags: [],
  });
  const RoleDetailList = [
    role('folded', everything, [{ PolicyName: 'everything', PolicyArn: parn }]),
    ...Array.from({ length: fillers }, (_, i) => role(`filler-${i}`, enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: i % 3 === 0 ? 's3:*' : 's3:GetObject', Resource: '*' }] }), [])),
  ];
  const Policies = [{ PolicyName: 'everything', PolicyId: 'ANPA1', Arn: parn, Path: '/', DefaultVersionId: 'v1', AttachmentCount: 1, IsAttachable: true, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: everything }] }];
  const snap = readIamSnapshot(Buffer.from(JSON.stringify({ account: ACCOUNT, authorizationDetails: { UserDetailList: [], GroupDetailList: [], RoleDetailList, Policies } })), 'iam.json');
  assert.deepEqual(snap.errors, []);
  const { resources, errors } = normalizeIam(snap.inputs, { account: ACCOUNT, origin: 'iam-snapshot:iam.json' });
  assert.deepEqual(errors.filter((e) => e.level === 'error'), []);
  // The policy last, after every role: relations cross any cut.
  return [...resources.filter((r) => r.type !== 'aws.iam.policy'), ...resources.filter((r) => r.type === 'aws.iam.policy')];
}

/** One region of the W2 bench's snapshot: `items` configuration items of nine kinds. */
function configResources(items: number): Resource[] {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-live-slices-'));
  try {
    writeConfigSnapshots(dir, items * 10);
    const out: Resource[] = [];
    for (const file of readdirSync(dir).sort().slice(0, 1)) {
      const snap = readConfigSnapshot(readFileSync(join(dir, file)), file);
      assert.deepEqual(snap.errors, []);
      out.push(...normalizeConfigItems(snap.items, { account: snap.account!, region: snap.region!, origin: `config-snapshot:${file}` }).resources);
    }
    assert.ok(out.length > 60, `${out.length} resources`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('live groups in slices: findings identical to one call per group when relations cross slice boundaries', async () => {
  const region = configResources(100);
  // The region's log bucket, last: the buckets logging to it come first. It logs nowhere itself,
  // which is reported only when no other bucket of its region sends logs to it.
  const source = region.find((r) => r.type === 'aws.s3.bucket' && (r.properties.logging as { target_bucket?: unknown }).target_bucket === 'w2-logs')!;
  const target = structuredClone(source);
  Object.assign(target, { id: 'arn:aws:s3:::w2-logs', name: 'w2-logs' });
  target.provenance = { ...source.provenance, arn: 'arn:aws:s3:::w2-logs' } as Resource['provenance'];
  Object.assign(target.properties, { bucket_name: 'w2-logs', logging: { enabled: false, target_bucket: null } });
  region.push(target);
  const resources = [...iamResources(60), ...region];
  const config = { required_tags: ['owner'] };
  const whole = await evaluateBatches(resources, config, { batchSize: 100_000 });
  assert.equal(whole.failures.length, 0);
  const folded = whole.results.filter((r) => r.resource === `arn:aws:iam::${ACCOUNT}:role/folded` && r.path[1] === 'policies');
  assert.deepEqual(folded, [], 'the inline copy of an attached policy is judged as the policy');
  assert.ok(whole.results.some((r) => r.resource === `arn:aws:iam::${ACCOUNT}:policy/everything`));
  assert.deepEqual(whole.results.filter((r) => r.resource === target.id && r.rule.endsWith('access_logging')), [], 'a log target is not asked to log');
  for (const size of [7, 25, 60]) {
    const plan = batches(resources, size);
    assert.ok(plan.length > 2, `size ${size}: sliced`);
    // IAM and the buckets are cut too: every batch judges at most `size` resources of its own, and
    // each resource is judged in exactly one batch.
    const ownOf = (b: (typeof plan)[number]) => (b.own ? b.resources.filter((r) => b.own!.has(r.id)) : b.resources);
    for (const b of plan) assert.ok(ownOf(b).length <= size, `size ${size}: ${ownOf(b).length}`);
    assert.deepEqual(plan.flatMap(ownOf).map((r) => r.id).sort(), resources.map((r) => r.id).sort(), 'each resource judged in one batch');
    // The relations cross the cuts: the folded role's slice holds the policy, the log target's its sources.
    const holding = (id: string) => plan.find((b) => ownOf(b).some((r) => r.id === id))!;
    assert.ok(holding(`arn:aws:iam::${ACCOUNT}:role/folded`).resources.some((r) => r.id === `arn:aws:iam::${ACCOUNT}:policy/everything`));
    assert.ok(!ownOf(holding(`arn:aws:iam::${ACCOUNT}:role/folded`)).some((r) => r.type === 'aws.iam.policy'));
    const sources = region.filter((r) => r !== target && (r.properties.logging as { target_bucket?: unknown } | undefined)?.target_bucket === 'w2-logs');
    const buckets = region.filter((r) => r.type === 'aws.s3.bucket').length;
    if (size < buckets) assert.ok(sources.some((r) => !ownOf(holding(target.id)).includes(r)), 'a source in another slice than its target');
    assert.ok(sources.every((r) => holding(target.id).resources.includes(r)));
    const sliced = await evaluateBatches(resources, config, { batchSize: size });
    assert.equal(sliced.failures.length, 0);
    assert.deepEqual(sliced.results.map(key).sort(), whole.results.map(key).sort(), `batch size ${size}`);
  }
  // Cut without regard to relations, the folded role is reported again and the log target is
  // asked to log: the test can tell.
  const naive: RawResult[] = [];
  for (let i = 0; i < resources.length; i += 25) naive.push(...evaluateBatch(resources.slice(i, i + 25), config));
  const extra = naive.filter((r) => !whole.results.some((w) => key(w) === key(r)));
  assert.ok(extra.some((r) => r.resource === `arn:aws:iam::${ACCOUNT}:role/folded`), 'naive slices report the folded copy');
  assert.ok(extra.some((r) => r.resource === target.id && r.rule.endsWith('access_logging')), 'naive slices report the log target');
  // A custom bundle may relate anything: its live groups stay whole.
  const starved = await evaluateBatches(resources, config, { batchSize: 25, maxMemoryPages: 2, wasm: readFileSync(join(import.meta.dirname, '..', 'policies', 'bundle', 'policy.wasm')) });
  assert.deepEqual(starved.failures.map((f) => f.resources).sort((a, b) => a - b), [region.length, 63].sort((a, b) => a - b));
});

/**
 * The Rego, read as text: top-level blocks (a rule or function and its body), what each ranges
 * over. A range is an expression yielding the resources of the input (`lib.resources(t)`,
 * `input.resources`, or a library helper built on them); a body (with the package's own helpers
 * it names) with two ranges, or with a helper that relates resources, judges resources together.
 */
const ROOT = join(import.meta.dirname, '..', 'policies');
const LIB_PREFIX: Record<string, string> = { 'palisade.rego': 'lib', 'aws.rego': 'aws', 'tags.rego': 'tags', 'container.rego': 'container' };
const DIRECT = /\blib\.resources\(|\binput\.resources\b/g;

interface Block { name: string; body: string }

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const code = line.replace(/\s#.*$/, '');
    if (/^[A-Za-z_]/.test(code) && !/^(package|import)\b/.test(code)) out.push({ name: /^[A-Za-z_][A-Za-z0-9_]*/.exec(code)![0], body: code });
    else if (out.length > 0) out[out.length - 1]!.body += `\n${code}`;
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...walk(join(dir, e.name)));
    else if (e.name === 'policy.rego') out.push(join(dir, e.name));
  }
  return out;
}

/** Each library helper (as `aws.identity_statements`) that ranges over resources, directly or through another. */
function libraryRanges(): Set<string> {
  const all: Array<{ qualified: string; prefix: string; body: string }> = [];
  for (const [file, prefix] of Object.entries(LIB_PREFIX)) {
    for (const b of blocks(readFileSync(join(ROOT, 'lib', file), 'utf8'))) all.push({ qualified: `${prefix}.${b.name}`, prefix, body: b.body });
  }
  const ranging = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of all) {
      if (ranging.has(h.qualified)) continue;
      const names = [...ranging].filter((q) => h.body.includes(q) || (q.startsWith(`${h.prefix}.`) && new RegExp(`\\b${q.slice(h.prefix.length + 1)}\\b`).test(h.body)));
      if (names.length > 0 || DIRECT.test(h.body)) {
        ranging.add(h.qualified);
        changed = true;
      }
      DIRECT.lastIndex = 0;
    }
  }
  return ranging;
}

/**
 * Every ranging library helper, and what it ranges for: `one` when each result concerns one
 * resource alone (an index by type, a filter), else the LIVE_RELATED entry accounting for it.
 */
const LIBRARY: Record<string, 'one' | keyof typeof LIVE_RELATED> = {
  'lib.resources': 'one',
  'lib.positions_by_type': 'one',
  'lib.resources_by_type': 'one',
  'tags.resources': 'one',
  'aws.rds_databases': 'one',
  'aws.template_secrets': 'one',
  'aws.identity_statements': 'aws.identity_statements',
  'aws.folded': 'aws.identity_statements',
  'aws.folded_documents': 'aws.identity_statements',
  'aws.attached_documents': 'aws.identity_statements',
  'aws.policy_documents_by_ref': 'aws.identity_statements',
  'aws.s3_access_log_target': 'aws.s3_access_log_target',
  'aws.s3_log_sources': 'aws.s3_access_log_target',
};

test('guard: every rule that ranges over more than one resource is accounted for in LIVE_RELATED', () => {
  const lib = libraryRanges();
  assert.deepEqual([...lib].sort(), Object.keys(LIBRARY).sort(), 'a library helper ranging over resources is classified in LIBRARY');
  const found = new Map<string, string>();
  let rules = 0;
  // Every rule a live resource may meet; the Compose rules judge compose.service only, which is
  // never in a live group (its slicing is composeRelated's, tested in engine.test.ts).
  for (const file of [...walk(join(ROOT, 'aws')), ...walk(join(ROOT, 'tagging'))]) {
    rules++;
    const text = readFileSync(file, 'utf8');
    const pkg = /^package palisade\.rules\.(\S+)/m.exec(text)![1]!;
    const own = blocks(text);
    const count = (body: string): { ranges: number; related: string[] } => {
      let ranges = (body.match(DIRECT) ?? []).length;
      const related: string[] = [];
      for (const q of lib) {
        if (q === 'lib.resources') continue;
        const n = (body.match(new RegExp(`\\b${q.replace('.', '\\.')}\\b`, 'g')) ?? []).length;
        if (n === 0) continue;
        if (LIBRARY[q] === 'one') ranges += n;
        else related.push(LIBRARY[q]!);
      }
      return { ranges, related };
    };
    // A body and the package's helpers it names, to a fixpoint.
    for (const b of own.filter((x) => x.name === 'deny' || x.name === 'warn')) {
      const seen = new Set<Block>([b]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const h of own) {
          if (seen.has(h) || h.name === 'deny' || h.name === 'warn') continue;
          if ([...seen].some((s) => new RegExp(`\\b${h.name}\\b`).test(s.body.replace(/^[A-Za-z_][A-Za-z0-9_]*/, '')))) {
            seen.add(h);
            grew = true;
          }
        }
      }
      let ranges = 0;
      const related = new Set<string>();
      for (const s of seen) {
        const c = count(s.body);
        ranges += c.ranges;
        for (const r of c.related) related.add(r);
      }
      if (ranges > 1) related.add(`aws.${pkg.replace(/^aws\./, '')}`);
      for (const r of related) found.set(`${pkg} ${r}`, r);
    }
  }
  assert.ok(rules > 150, `${rules} rule files read`);
  // What the reading finds today (it would miss a relation if these went unseen).
  for (const k of ['aws.lambda.data_store_vpc aws.lambda.data_store_vpc', 'aws.s3.access_logging aws.s3_access_log_target', 'aws.tagging.confidential_logging aws.s3_access_log_target', 'aws.iam.admin_statement aws.identity_statements']) {
    assert.ok(found.has(k), `${k} found among ${[...found.keys()].join(', ')}`);
  }
  assert.ok(![...found.keys()].some((k) => k.startsWith('aws.s3.public_access_block ')), 'two rule bodies over buckets do not relate buckets');
  for (const [where, entry] of found) {
    assert.ok(entry in LIVE_RELATED, `${where}: judges several resources together; list what it reads in LIVE_RELATED (src/engine/batches.ts)`);
  }
  // Each LIVE_RELATED entry is still needed, and lists every type its rules name.
  const entries = new Set(found.values());
  assert.deepEqual([...entries].sort(), Object.keys(LIVE_RELATED).sort(), 'LIVE_RELATED lists exactly the relations the rules have');
  for (const [where, entry] of found) {
    const pkg = where.split(' ')[0]!;
    const text = readFileSync(join(ROOT, ...pkg.split('.'), 'policy.rego'), 'utf8').replace(/^#.*$/gm, '');
    for (const [, t] of text.matchAll(/"(aws\.[a-z0-9_]+\.[a-z0-9_]+)"/g)) {
      assert.ok(LIVE_RELATED[entry]!.includes(t!), `${pkg} names ${t}, not in LIVE_RELATED['${entry}']`);
    }
  }
});

/**
 * Property: whatever points where (buckets logging to buckets of the region, to themselves or
 * elsewhere; roles, users and groups with inline copies of the managed policies attached to
 * them, or not), a live group cut at any size gives the findings of one whole call.
 */
test('property: sliced live groups judge relations across any cut as one call does', async () => {
  const fc = (await import('fast-check')).default;
  const template = configResources(100).find((r) => r.type === 'aws.s3.bucket')!;
  const docs = [
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] },
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
  ];
  const world = fc.record({
    buckets: fc.array(fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), alias: fc.boolean(), target: fc.constantFrom(null, 'a', 'b', 'c', 'ref:d', 'elsewhere') }), { minLength: 1, maxLength: 14 }),
    identities: fc.array(
      fc.record({ kind: fc.constantFrom('Role', 'User', 'Group'), attached: fc.subarray([0, 1, 2]), inline: fc.subarray([0, 1, 2]) }),
      { maxLength: 12 },
    ),
    policies: fc.subarray([0, 1, 2]),
    lambdas: fc.array(fc.record({ inVpc: fc.boolean(), refs: fc.subarray(['Db1', 'Db2', 'Cache', 'Search', 'Nowhere']), endpoint: fc.boolean() }), { maxLength: 8 }),
    stores: fc.array(fc.record({ type: fc.constantFrom('aws.rds.instance', 'aws.rds.cluster', 'aws.elasticache.replication_group', 'aws.redshift.cluster', 'aws.opensearch.domain'), name: fc.constantFrom('Db1', 'Db2', 'Cache', 'Search'), inVpc: fc.boolean() }), { maxLength: 8 }),
    size: fc.integer({ min: 1, max: 9 }),
  });
  await fc.assert(
    fc.asyncProperty(world, async (w) => {
      const region: Resource[] = w.buckets.map((b, i) => {
        const r = structuredClone(template);
        const name = `${b.name}${i % 3 === 0 ? '' : `-${i}`}`;
        const id = `arn:aws:s3:::${name}#${i}`;
        Object.assign(r, { id, name });
        r.provenance = { ...template.provenance, arn: id } as Resource['provenance'];
        Object.assign(r.properties, { bucket_name: b.alias ? b.name : name, logging: { enabled: b.target !== null, target_bucket: b.target } });
        return r;
      });
      const enc = (d: object) => encodeURIComponent(JSON.stringify(d));
      const parn = (k: number) => `arn:aws:iam::${ACCOUNT}:policy/p${k}`;
      const list = (kind: string) =>
        w.identities.flatMap((x, i) => (x.kind !== kind ? [] : [{
          [`${kind}Name`]: `${kind.toLowerCase()}-${i}`, [`${kind}Id`]: `AID${i}`, Arn: `arn:aws:iam::${ACCOUNT}:${kind.toLowerCase()}/${kind.toLowerCase()}-${i}`, Path: '/',
          ...(kind === 'Role' ? { AssumeRolePolicyDocument: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) } : {}),
          [`${kind}PolicyList`]: x.inline.map((k) => ({ PolicyName: `inline-${k}`, PolicyDocument: enc(docs[k]!) })),
          AttachedManagedPolicies: x.attached.map((k) => ({ PolicyName: `p${k}`, PolicyArn: parn(k) })),
          ...(kind === 'Group' ? {} : { Tags: [] }),
        }]));
      const Policies = w.policies.map((k) => ({ PolicyName: `p${k}`, PolicyId: `ANPA${k}`, Arn: parn(k), Path: '/', DefaultVersionId: 'v1', AttachmentCount: 1, IsAttachable: true, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: enc(docs[k]!) }] }));
      const snap = readIamSnapshot(Buffer.from(JSON.stringify({ account: ACCOUNT, authorizationDetails: { UserDetailList: list('User'), GroupDetailList: list('Group'), RoleDetailList: list('Role'), Policies } })), 'iam.json');
      const iam = normalizeIam(snap.inputs, { account: ACCOUNT, origin: 'iam-snapshot:iam.json' }).resources;
      const where = template.provenance as { account: string; region: string; origin: string };
      const lambdas = w.lambdas.map((l, i) =>
        cloudResource('aws.lambda.function', `arn:aws:lambda:${where.region}:${ACCOUNT}:function:f${i}`, `f${i}`, {
          in_vpc: l.inVpc,
          environment: Object.fromEntries([
            ...l.refs.map((ref, k) => [`V${k}`, { name: `V${k}`, value: `x ref:${ref} ref:${ref}x`, secret_name: false, secret_value: null }]),
            ...(l.endpoint ? [['URL', { name: 'URL', value: 'db.abc.eu-west-1.rds.amazonaws.com', secret_name: false, secret_value: null }]] : []),
          ]),
        }, {}, where),
      );
      const stores = w.stores.map((x, i) => cloudResource(x.type, `arn:aws:${x.type}:${where.region}:${ACCOUNT}:${x.name}-${i}`, x.name, { in_vpc: x.inVpc }, {}, where));
      // Policies and stores first or last: relations cross the cuts both ways.
      const others = w.size % 2 ? [...stores, ...lambdas] : [...lambdas, ...stores];
      const resources = [...(w.size % 2 ? iam.reverse() : iam), ...region, ...others];
      const config = { required_tags: ['owner'] };
      const whole = await evaluateBatches(resources, config, { batchSize: 100_000 });
      const sliced = await evaluateBatches(resources, config, { batchSize: w.size });
      assert.equal(sliced.failures.length, 0);
      assert.deepEqual(sliced.results.map(key).sort(), whole.results.map(key).sort());
    }),
    { numRuns: 40, seed: 11 },
  );
});

test('every LIVE_RELATED entry has its cut (LIVE_CUTS), over its own types', () => {
  assert.deepEqual(Object.keys(LIVE_CUTS).sort(), Object.keys(LIVE_RELATED).sort());
  for (const [entry, { members }] of Object.entries(LIVE_CUTS)) for (const t of members) assert.ok(LIVE_RELATED[entry]!.includes(t), `${entry}: ${t}`);
});
