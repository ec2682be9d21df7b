/**
 * The scan pipeline evaluates each batch as soon as its inputs are loaded, while the load
 * worker goes on with the next inputs, and maps each batch's results to findings at once. The
 * reports must be byte for byte those of evaluating everything in one call after loading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type ScanOptions } from '../src/scan.js';
import { nodeIO, scanRoots } from '../src/sources/io.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { writeCdkTemplates } from '../bench/generate.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test('findings streamed batch by batch while loading give the same reports as one evaluation after loading', { timeout: 240_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'palisade-pipeline-'));
  try {
    // Templates, Compose projects and a cdk.out, interleaved in discovery order.
    writeCdkTemplates(join(root, 'stacks'), 12);
    cpSync(join(FIXTURES, 'compose'), join(root, 'compose'), { recursive: true });
    cpSync(join(FIXTURES, 'cdk', 'cdk.out'), join(root, 'app', 'cdk.out'), { recursive: true });
    // A Compose project that includes files which are inputs of their own (judged once, in the project).
    cpSync(join(import.meta.dirname, 'fixtures', 'compose-loader', 'include'), join(root, 'include'), { recursive: true });
    // A rule relating two resources of a template (a bucket that receives another's access logs).
    writeFileSync(join(root, 'stacks', 'Logging.template.json'), JSON.stringify({
      Resources: {
        Logs: { Type: 'AWS::S3::Bucket' },
        Lonely: { Type: 'AWS::S3::Bucket' },
        Data: { Type: 'AWS::S3::Bucket', Properties: { LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' } } } },
      },
    }));
    const base: ScanOptions = { paths: ['.'], requiredTags: ['owner'], cwd: root, now: new Date('2026-12-01T00:00:00Z') };
    // Streamed: many batches, each evaluated while the worker loads the next inputs.
    const streamed = await scan({ ...base, engine: { batchSize: 7 } });
    // Whole: loaded in-process, then every resource in one wasm call at the end.
    const roots = await scanRoots(['.'], root);
    const whole = await scan({ ...base, io: nodeIO(undefined, root, { roots, allowOutsideRoot: false }), engine: { batchSize: 1_000_000 } });

    assert.ok(streamed.summary.resources > 600, `resources: ${streamed.summary.resources}`);
    assert.ok(streamed.findings.length > 500, `findings: ${streamed.findings.length}`);
    const sources = new Set(streamed.findings.map((f) => f.source));
    assert.ok(sources.has('compose') && sources.has('cloudformation') && sources.has('cdk'), [...sources].join(', '));
    const logging = streamed.findings.filter((f) => f.ruleId === 'PAL-S3-008' && f.resource.id.includes('Logging.template')).map((f) => f.resource.name);
    assert.deepEqual(logging, ['Lonely']);
    assert.deepEqual(streamed.errors, whole.errors);
    assert.equal(formatJson(streamed), formatJson(whole));
    assert.equal(formatSarif(streamed), formatSarif(whole));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('batches evaluated on worker threads give the serial evaluation, failed batches and their numbers included', { timeout: 240_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'palisade-pool-'));
  try {
    writeCdkTemplates(join(root, 'stacks'), 10);
    cpSync(join(FIXTURES, 'compose'), join(root, 'compose'), { recursive: true });
    // Bulky services whose slices need more than the memory bound below: failed batches in between.
    const services = Array.from({ length: 60 }, (_, i) => `  s${i}:\n    image: nginx:1.27\n    privileged: true\n    environment:\n      NOTE: "${'x'.repeat(2000)}"\n`);
    mkdirSync(join(root, 'big'));
    writeFileSync(join(root, 'big', 'compose.yaml'), `services:\n${services.join('')}`);
    const base: ScanOptions = { paths: ['.'], requiredTags: ['owner'], cwd: root, now: new Date('2026-12-01T00:00:00Z') };
    for (const engine of [{ batchSize: 9 }, { batchSize: 9, maxMemoryPages: 32 }]) {
      const serial = await scan({ ...base, engine, pool: { threads: 0 } });
      if (engine.maxMemoryPages) assert.ok(serial.errors.some((e) => /not judged: batch \d+/.test(e.message)), 'some batches failed');
      else assert.deepEqual(serial.errors.filter((e) => e.level === 'error'), []);
      for (const pool of [{ threads: 1, inlineBatches: 0, queuePerThread: 1 }, { threads: 1, inlineBatches: 0, queuePerThread: 1000 }, { threads: 2, inlineBatches: 0 }, { threads: 2, inlineBatches: 5 }]) {
        const pooled = await scan({ ...base, engine, pool });
        const what = JSON.stringify({ engine, pool });
        assert.deepEqual(pooled.errors, serial.errors, what);
        assert.equal(formatJson(pooled), formatJson(serial), what);
        assert.equal(formatSarif(pooled), formatSarif(serial), what);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('loading in two workers: an input past its budget is an error for it alone; the inputs queued behind it are loaded by a fresh worker', { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'palisade-pool-hang-'));
  try {
    // A valid project of 100,000 services: several times the 1 s budget to load (see security-hangs).
    let big = 'services:\n';
    for (let i = 0; i < 100_000; i++) big += `  s${i}:\n    image: nginx:1.27\n`;
    const names = Array.from({ length: 12 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    for (const name of names) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'compose.yaml'), name === 'p03' ? big : 'services:\n  app:\n    image: nginx:1.27\n    privileged: true\n');
    }
    const r = await scan({ paths: ['.'], requiredTags: [], cwd: root, inputTimeoutMs: 1000, pool: { loaders: 2 } });
    assert.deepEqual(
      r.errors.filter((e) => e.level === 'error'),
      [{ file: 'p03/compose.yaml', level: 'error', message: 'load compose: stopped after 1 s (the per-input time budget); the rest of the scan went on' }],
    );
    for (const name of names.filter((n) => n !== 'p03')) {
      assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === `${name}/compose.yaml`), name);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
