/**
 * PooledEvaluator shares a bulk add (a live scan's resources in one call, the Compose projects
 * after loading) with its evaluation threads, hands the results over in batch order whoever
 * judged them, starts no thread for a small evaluation, and an awaited add leaves no more than
 * the threads' queues unjudged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PooledEvaluator, type PoolOptions } from '../src/engine/pool.js';
import type { BatchFailure, EngineOptions, RawResult } from '../src/engine/evaluate.js';
import type { Resource } from '../src/model/resource.js';
import { loadAll } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { writeCdkTemplates } from '../bench/generate.js';

const CONFIG = { required_tags: ['owner'] };

let loaded: Resource[] | undefined;

/** CDK templates of 50 resources each and the Compose fixtures: 4,000 resources and more. */
async function corpus(): Promise<Resource[]> {
  if (loaded) return loaded;
  const dir = mkdtempSync(join(tmpdir(), 'palisade-pool-unit-'));
  try {
    writeCdkTemplates(join(dir, 'stacks'), 80);
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'compose'), join(dir, 'compose'), { recursive: true });
    loaded = (await loadAll((await discover(['.'], dir)).inputs, nodeIO(undefined, dir))).resources;
    return loaded;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Evaluation {
  /** Per batch handed over: the judged resources' ids and the raw results. */
  delivered: Array<{ judged: string[]; results: RawResult[] }>;
  failures: BatchFailure[];
  evaluator: PooledEvaluator;
}

/** One bulk add of `resources`, then end; `before` runs first (the threads may be started there). */
async function evaluate(resources: Resource[], engine: EngineOptions, pool: PoolOptions, before?: (evaluator: PooledEvaluator) => Promise<void>): Promise<Evaluation> {
  const delivered: Evaluation['delivered'] = [];
  const evaluator = new PooledEvaluator(CONFIG, engine, (results, judged) => void delivered.push({ judged: judged.map((r) => r.id), results }), pool);
  await before?.(evaluator);
  await evaluator.add(resources);
  const failures = await evaluator.end();
  return { delivered, failures, evaluator };
}

test('a bulk add is shared with the evaluation thread, not judged all on the calling thread', { timeout: 120_000 }, async () => {
  const resources = await corpus();
  // A batch per template (a group larger than the batch size stays whole) and a few of the
  // Compose fixtures: over 80 batches. The thread is started first, and given time to be ready:
  // how it shares the batches, not how fast it starts, is what is tested.
  const { evaluator, delivered } = await evaluate(resources, { batchSize: 20 }, { threads: 1 }, async (e) => {
    e.expect(resources.length);
    await new Promise((resolve) => setTimeout(resolve, 1500));
  });
  const { inline, threaded, started, waiting } = evaluator.counts;
  assert.ok(started);
  assert.equal(waiting, 0);
  assert.equal(inline + threaded, delivered.length);
  assert.ok(delivered.length >= 80, `batches: ${delivered.length}`);
  // Evaluated in one synchronous loop, the thread would answer its first queuePerThread (2) only.
  assert.ok(threaded >= delivered.length / 5, `the thread judged ${threaded} of ${delivered.length} batches`);
});

test('a bulk add gives the same results, batches and failures with 0, 1 or 2 threads', { timeout: 120_000 }, async () => {
  const resources = await corpus();
  for (const engine of [{ batchSize: 30 }, { batchSize: 30, maxMemoryPages: 40 }]) {
    const serial = await evaluate(resources, engine, { threads: 0 });
    assert.equal(serial.evaluator.counts.threaded, 0);
    assert.ok(serial.delivered.some((d) => d.results.length > 0));
    // Under the memory bound some batches fail, others not: failed batches in between.
    if (engine.maxMemoryPages) assert.ok(serial.failures.length > 0, 'some batches failed');
    for (const pool of [{ threads: 1 }, { threads: 1, inlineBatches: 0, queuePerThread: 1 }, { threads: 2, inlineBatches: 0 }]) {
      const pooled = await evaluate(resources, engine, pool);
      const what = JSON.stringify({ engine, pool });
      assert.ok(pooled.evaluator.counts.threaded > 0, what);
      assert.deepEqual(pooled.failures, serial.failures, what);
      assert.deepEqual(pooled.delivered, serial.delivered, what);
    }
  }
});

test('a small evaluation starts no thread; resources announced to come start them before they are added', { timeout: 60_000 }, async () => {
  const resources = (await corpus()).slice(0, 400);
  const small = await evaluate(resources, { batchSize: 250 }, { threads: 1 });
  assert.deepEqual(small.evaluator.counts, { inline: 2, threaded: 0, started: false, waiting: 0 });

  const evaluator = new PooledEvaluator(CONFIG, { batchSize: 250 }, () => undefined, { threads: 1 });
  evaluator.expect(400);
  assert.equal(evaluator.counts.started, false, 'two batches at most: judged here');
  evaluator.expect(200);
  assert.equal(evaluator.counts.started, true, 'more than two batches to come');
  await evaluator.add(resources);
  await evaluator.end();
});

test('an awaited add leaves at most queuePerThread batches per thread unjudged', { timeout: 60_000 }, async () => {
  const resources = await corpus();
  const evaluator = new PooledEvaluator(CONFIG, { batchSize: 10 }, () => undefined, { threads: 1, inlineBatches: 0, queuePerThread: 2 });
  let most = 0;
  // One add per 100 resources, as inputs come while loading.
  for (let start = 0; start < resources.length; start += 100) {
    await evaluator.add(resources.slice(start, start + 100));
    most = Math.max(most, evaluator.counts.waiting);
  }
  assert.ok(most <= 2, `unjudged after an add: ${most}`);
  await evaluator.end();
  assert.equal(evaluator.counts.waiting, 0);
});
