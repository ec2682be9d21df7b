/**
 * The wasm engine on inputs that broke it: more than a hundred distinct IAM wildcard patterns
 * in one evaluation (the runtime's regex cache corrupted its heap: "memory access out of
 * bounds", no report, exit 2), a batch the engine cannot finish (an error naming that batch's
 * inputs, every other batch still judged, exit 3), and rules relating several resources when
 * the resources are split into many batches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../src/scan.js';
import type { ScanResult } from '../src/scan.js';
import { exitCodeOf } from '../src/commands/scan.js';
import { batches, groupKey } from '../src/engine/batches.js';
import { evaluateBatches } from '../src/engine/evaluate.js';
import { loadAll } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { palisade } from './helpers/cli.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'palisade-engine-'));
}

/** A template of `roles` IAM roles, each allowing a few wildcard actions of its own and one shared one. */
function iamTemplate(roles: number, prefix: string): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < roles; i++) {
    resources[`${prefix}Role${i}`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: [
          {
            PolicyName: 'work',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Action: [`svc${prefix}${i}:Get*`, `svc${prefix}${i}:List*`, 'logs:Put*'], Resource: '*' },
                { Effect: 'Allow', Action: ['iam:Pass*'], Resource: 'arn:aws:iam::123456789012:role/*' },
              ],
            },
          },
        ],
      },
    };
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 1);
}

const PASS_ROLE = 'PAL-IAM-003';

test('more than a hundred distinct IAM wildcard patterns in one batch are judged, each once', async () => {
  const dir = tempDir();
  try {
    // 150 roles x 2 distinct patterns = 300 patterns, each role also reusing `logs:Put*` and
    // `iam:Pass*`: the mix (over 100 distinct, then reused) that crashed the runtime.
    writeFileSync(join(dir, 'roles.json'), iamTemplate(150, 'A'));
    const result = await scan({ paths: ['.'], cwd: dir, requiredTags: [], engine: { batchSize: 100_000 } });
    assert.deepEqual(result.errors.filter((e) => e.level === 'error'), []);
    const passRole = result.findings.filter((f) => f.ruleId === PASS_ROLE);
    assert.equal(passRole.length, 150);
    assert.equal(new Set(passRole.map((f) => f.resource.name)).size, 150);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI writes its JSON report and exits on findings for that input, not 2', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'roles.json'), iamTemplate(150, 'B'));
    const run = palisade(['scan', '.', '--json', 'out.json', '--quiet'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stderr, /internal error|memory access/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A Compose project of `n` privileged services with bulky environment values. */
function bigCompose(n: number): string {
  const services = Array.from({ length: n }, (_, i) => `  s${i}:\n    image: nginx:1.27\n    privileged: true\n    environment:\n      NOTE: "${'x'.repeat(2000)}"\n`);
  return `services:\n${services.join('')}`;
}

function findingsOf(result: ScanResult, file: string): string[] {
  return result.findings.filter((f) => f.location?.file === file).map((f) => `${f.ruleId} ${f.resource.name}:${f.location?.startLine}`).sort();
}

test('a batch the engine cannot finish is an error naming its inputs; the other batches are still reported; exit 3', async () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'big'));
    mkdirSync(join(dir, 'small'));
    mkdirSync(join(dir, 'stack'));
    writeFileSync(join(dir, 'big', 'compose.yaml'), bigCompose(400));
    writeFileSync(join(dir, 'small', 'compose.yaml'), bigCompose(3));
    writeFileSync(join(dir, 'stack', 'roles.json'), iamTemplate(3, 'C'));
    const options = { paths: ['.'], cwd: dir, requiredTags: [], engine: { batchSize: 50 } };
    const whole = await scan(options);
    assert.equal(whole.errors.filter((e) => e.level === 'error').length, 0);
    // A real engine failure: a memory bound (2 MiB) that each 50-service slice of the
    // 400-service project needs more than, while the small batch fits.
    const bounded = await scan({ ...options, engine: { batchSize: 50, maxMemoryPages: 32 } });

    const errors = bounded.errors.filter((e) => e.level === 'error');
    assert.equal(errors.length, 8, JSON.stringify(errors));
    for (const e of errors) {
      assert.equal(e.file, 'big/compose.yaml');
      assert.match(e.message, /^evaluate policies: not judged: batch \d+ \(50 resources\) failed: /);
      assert.match(e.message, /out of memory/);
    }
    assert.deepEqual(findingsOf(bounded, 'big/compose.yaml'), []);
    assert.ok(findingsOf(whole, 'big/compose.yaml').length >= 400);
    for (const file of ['small/compose.yaml', 'stack/roles.json']) {
      assert.ok(findingsOf(whole, file).length > 0, file);
      assert.deepEqual(findingsOf(bounded, file), findingsOf(whole, file), file);
    }
    assert.equal(exitCodeOf(bounded, 'none'), 3);
    assert.equal(exitCodeOf(whole, 'none'), 0);

    // One batch of all three inputs that cannot even start: an error for each input it held.
    const starved = await scan({ ...options, engine: { batchSize: 100_000, maxMemoryPages: 2 } });
    assert.deepEqual(starved.errors.filter((e) => e.level === 'error').map((e) => e.file).sort(), ['big/compose.yaml', 'small/compose.yaml', 'stack/roles.json']);
    assert.ok(starved.errors.every((e) => e.level !== 'error' || /\(406 resources, with 2 other inputs\) failed: /.test(e.message)));
    assert.equal(starved.findings.length, 0);
    assert.equal(exitCodeOf(starved, 'none'), 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batches never split a template, and pack groups up to the size', async () => {
  const found = await discover(['fixtures/compose', 'fixtures/cdk/cdk.out']);
  const { resources } = await loadAll(found.inputs, nodeIO());
  const split = batches(resources, 1, { splitCompose: false });
  const keys = split.map((b) => new Set(b.resources.map(groupKey)));
  assert.ok(keys.every((k) => k.size === 1), 'one group per batch at size 1');
  assert.equal(new Set(keys.map((k) => [...k][0])).size, split.length, 'a group is in one batch only');
  assert.ok(split.every((b) => b.own === undefined));
  assert.deepEqual(split.flat().flatMap((b) => b.resources).map((r) => r.id).sort(), resources.map((r) => r.id).sort());
  const packed = batches(resources, 1000);
  assert.equal(packed.length, 1);
  // Sliced, a Compose project still judges each service in exactly one batch; templates stay whole.
  const sliced = batches(resources, 1);
  const owned = sliced.flatMap((b) => (b.own ? [...b.own] : b.resources.map((r) => r.id)));
  assert.deepEqual(owned.sort(), resources.map((r) => r.id).sort());
  for (const b of sliced) if (!b.own) assert.equal(new Set(b.resources.map(groupKey)).size, 1);
});

/**
 * One Compose project of `n` services whose relations cross every slice boundary: each service
 * depends on one far away (a data store without service_healthy, a job it waits to complete,
 * or a plain service), so at a small batch size the targets and the dependants of a slice's
 * services sit in other slices.
 */
function relatedProject(n: number): string {
  const lines = ['services:'];
  for (let i = 0; i < n; i++) {
    const target = (i * 7 + 3) % n;
    const kind = i % 3;
    lines.push(`  s${i}:`);
    if (kind === 0) lines.push('    image: postgres:16.4');
    else if (kind === 1) lines.push('    image: alpine:3.20', '    command: ["sh", "-c", "migrate"]');
    else lines.push('    image: nginx:1.27', '    ports: ["8080:80"]');
    if (target !== i) {
      const condition = target % 3 === 1 ? 'service_completed_successfully' : target % 3 === 0 ? 'service_started' : 'service_healthy';
      lines.push('    depends_on:', `      s${target}:`, `        condition: ${condition}`);
    }
    if (i % 5 === 0) lines.push('    networks: [back]');
  }
  lines.push('networks:', '  back:', '    internal: false', '');
  return lines.join('\n');
}

test('sliced Compose projects: findings identical to one evaluation when relations cross batch boundaries', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'compose.yaml'), relatedProject(120));
    const found = await discover(['.'], dir);
    const { resources } = await loadAll(found.inputs, nodeIO(undefined, dir));
    assert.equal(resources.length, 120);
    const key = (r: { rule: string; resource: string; path: Array<string | number>; msg: string }) => JSON.stringify([r.rule, r.resource, r.path, r.msg]);
    const whole = await evaluateBatches(resources, { required_tags: ['owner'] }, { batchSize: 100_000 });
    assert.equal(whole.failures.length, 0);
    // The relations matter: without the related services, these findings change.
    const related = whole.results.filter((r) => /depends_on_unhealthy|no_restart|no_healthcheck/.test(r.rule));
    assert.ok(related.some((r) => r.rule.includes('depends_on_unhealthy')), 'a depends_on a data store finding');
    for (const size of [1, 7, 25]) {
      const plan = batches(resources, size);
      assert.equal(plan.length, Math.ceil(120 / size));
      assert.ok(plan.some((b) => b.resources.length > (b.own?.size ?? 0)), 'slices carry related services');
      const sliced = await evaluateBatches(resources, { required_tags: ['owner'] }, { batchSize: size });
      assert.equal(sliced.failures.length, 0);
      assert.deepEqual(sliced.results.map(key).sort(), whole.results.map(key).sort(), `batch size ${size}`);
    }
    // Slices without their related services would lose or gain findings: the test can tell.
    const bare = batches(resources, 7).flatMap((b) => [{ resources: b.resources.filter((r) => b.own!.has(r.id)) }]);
    const { evaluateBatch } = await import('../src/engine/evaluate.js');
    const naive = bare.flatMap((b) => evaluateBatch(b.resources, { required_tags: ['owner'] }));
    assert.notDeepEqual(naive.map(key).sort(), whole.results.map(key).sort());
    // A failed slice counts its own services only; a custom bundle (which may look at every
    // service) gets the project whole.
    const starved = await evaluateBatches(resources, { required_tags: [] }, { batchSize: 25, maxMemoryPages: 2 });
    assert.deepEqual(starved.failures.map((f) => f.resources), [25, 25, 25, 25, 20]);
    const { readFileSync } = await import('node:fs');
    const { BUNDLE_DIR } = await import('../src/engine/catalog.js');
    const custom = await evaluateBatches(resources, { required_tags: [] }, { batchSize: 25, maxMemoryPages: 2, wasm: readFileSync(`${BUNDLE_DIR}policy.wasm`) });
    assert.deepEqual(custom.failures.map((f) => f.resources), [120]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rules that relate resources still fire when every group is a batch of its own', async () => {
  const dir = tempDir();
  try {
    // depends_on a data store without service_healthy (a sibling lookup), S3 access logging to
    // a bucket of the same template (a log-target index), IAM policy folded into its role.
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'compose.yaml'), [
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    depends_on:',
      '      db:',
      '        condition: service_started',
      '  db:',
      '    image: postgres:16.4',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'buckets.json'), JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Logs: { Type: 'AWS::S3::Bucket' },
        Lonely: { Type: 'AWS::S3::Bucket' },
        Data: { Type: 'AWS::S3::Bucket', Properties: { LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' } } } },
      },
    }));
    writeFileSync(join(dir, 'roles.json'), iamTemplate(2, 'D'));
    const base = { paths: ['.'], cwd: dir, requiredTags: [] };
    const one = await scan({ ...base, engine: { batchSize: 100_000 } });
    const split = await scan({ ...base, engine: { batchSize: 1 } });
    const ids = (r: ScanResult) => r.findings.map((f) => `${f.ruleId} ${f.resource.id} ${f.location?.startLine}`).sort();
    assert.deepEqual(ids(split), ids(one));
    // Logs keeps no access logs of its own but receives Data's: not a finding, in either run.
    // A third bucket with neither shows the rule is live.
    const logging = (r: ScanResult) => r.findings.filter((f) => f.ruleId === 'PAL-S3-008').map((f) => f.resource.name).sort();
    assert.deepEqual(logging(split), ['Lonely']);
    assert.deepEqual(logging(one), ['Lonely']);
    assert.ok(split.findings.some((f) => f.message.includes("depends on data store 'db'")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('evaluateBatches reports each failed batch with its position and inputs', async () => {
  const found = await discover(['fixtures/compose/insecure']);
  const { resources } = await loadAll(found.inputs, nodeIO());
  const ok = await evaluateBatches(resources, { required_tags: [] });
  assert.equal(ok.failures.length, 0);
  assert.ok(ok.results.length > 0);
  const starved = await evaluateBatches(resources, { required_tags: [] }, { maxMemoryPages: 2 });
  assert.equal(starved.results.length, 0);
  assert.deepEqual(starved.failures.map((f) => [f.batch, f.inputs, f.resources]), [[0, ['fixtures/compose/insecure/compose.yaml'], resources.length]]);
});

test('policies pass the wasm regex cache only a bounded set of literal patterns, and no glob.match', async () => {
  const { readFileSync } = await import('node:fs');
  const { filesUnder } = await import('./helpers/files.js');
  const patterns = new Set<string>();
  for (const file of filesUnder('policies').filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego'))) {
    const text = readFileSync(file, 'utf8').split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
    assert.doesNotMatch(text, /\bglob\.match\(/, `${file}: glob.match (use lib.aws.wildcard_match)`);
    const constants = new Map([...text.matchAll(/^([a-z_]+) := (`[^`]*`)/gm)].map((m) => [m[1]!, m[2]!]));
    for (const m of text.matchAll(/\bregex\.[a-z_]+\(\s*([^,)]+)/g)) {
      const arg = m[1]!.trim();
      // PAL-TAG-003 matches the configuration's tags.pattern values: at most MAX_TAG_PATTERNS (schema), counted below.
      if (arg === 'configured_pattern' && file.endsWith('tagging/values/pattern/policy.rego')) continue;
      const literal = arg.startsWith('`') || arg.startsWith('"') ? arg : constants.get(arg);
      assert.ok(literal, `${file}: regex pattern ${arg} is not a literal or a constant of the file`);
      patterns.add(literal);
    }
  }
  // The runtime's cache holds 100 patterns; past that it frees entries still in use.
  assert.ok(patterns.size > 0 && patterns.size < 60, `${patterns.size} distinct regex patterns`);
  const { MAX_TAG_PATTERNS } = await import('../src/config/schema.js');
  assert.ok(patterns.size + MAX_TAG_PATTERNS < 100, 'literal and configured patterns together fit the cache');
});

test('every lookup across Compose services is one that batches.ts carries into a slice', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  // The helpers in lib/compose.rego that range over the project's services; composeRelated
  // (src/engine/batches.ts) supplies what each needs. A new one must be added there, then here.
  const lib = readFileSync('policies/lib/compose.rego', 'utf8');
  const ranging = new Set<string>();
  let rule = '';
  for (const line of lib.split('\n')) {
    const head = /^([a-z_]+)\b/.exec(line);
    if (head) rule = head[1]!;
    if (/\bin services\b/.test(line)) ranging.add(rule);
  }
  // service_images is a memo, not a relation: store_kind of a service is its own image's kind
  // whether or not the service is in service_images, so a slice cannot change it.
  assert.deepEqual([...ranging].sort(), ['awaited_jobs', 'service_images', 'service_positions']);
  // No rule ranges over the services twice in one body (a pair of services), nor reads
  // another service except through those helpers.
  const rules: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'policy.rego') rules.push(join(dir, e.name));
    }
  };
  walk('policies');
  let seen = 0;
  for (const file of rules) {
    const text = readFileSync(file, 'utf8');
    for (const body of text.split(/\n(?=\S)/)) {
      const ranges = body.match(/some \w+ in (compose\.services|lib\.resources\("compose\.service"\)|input\.resources|tags\.resources)/g) ?? [];
      assert.ok(ranges.length <= 1, `${file}: a rule ranges over services more than once`);
      seen += ranges.length;
    }
  }
  assert.ok(seen > 50, 'the rule bodies were read');
});
