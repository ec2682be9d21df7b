/**
 * PooledEvaluator shares a bulk add (a live scan's resources in one call, the Compose projects
 * after loading) with its evaluation threads, hands the results over in batch order whoever
 * judged them, starts no thread for a small evaluation, and an awaited add leaves no more than
 * the threads' queues unjudged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PooledEvaluator, type PoolOptions } from '../src/engine/pool.js';
import { groupsOf, type BatchFailure, type EngineOptions, type RawResult } from '../src/engine/evaluate.js';
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
  // Compose fixtures: over 80 batches. The thread is started first and sent the first batch,
  // which it has answered once nothing waits: then it is ready, and how it shares the bulk add,
  // not how fast it starts, is what is tested.
  const groups = groupsOf(resources);
  // Two templates, each larger than a batch: the first is a batch of its own, sent once the
  // second comes (the packer holds the last batch for more).
  const first = groups.filter((g) => g.length >= 20).slice(0, 2);
  const rest = groups.filter((g) => !first.includes(g));
  const { evaluator, delivered } = await evaluate(rest.flat(), { batchSize: 20 }, { threads: 1 }, async (e) => {
    e.expect(resources.length);
    await e.add(first.flat());
    while (e.counts.waiting > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(e.counts.threaded, 1, 'the first batch went to the thread');
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

test('a thread that dies mid-evaluation: its batches are judged here, with the serial results, batches and failures', { timeout: 120_000 }, async () => {
  const resources = await corpus();
  for (const engine of [{ batchSize: 30 }, { batchSize: 30, maxMemoryPages: 40 }]) {
    const serial = await evaluate(resources, engine, { threads: 0 });
    const delivered: Evaluation['delivered'] = [];
    let stopped: Promise<number> | undefined;
    const evaluator = new PooledEvaluator(CONFIG, engine, (results, judged) => {
      delivered.push({ judged: judged.map((r) => r.id), results });
      // Stopped with batches sent to it and not answered: the thread has room for two.
      if (delivered.length === 3) stopped = evaluator.workers[0]!.terminate();
    }, { threads: 1, inlineBatches: 0 });
    // One add per group, as a loader's, so batches keep going to the thread until it is stopped.
    for (const g of groupsOf(resources)) await evaluator.add(g);
    const failures = await evaluator.end();
    const what = JSON.stringify(engine);
    assert.ok(stopped, what);
    await stopped;
    const { inline, threaded } = evaluator.counts;
    assert.ok(threaded >= 1 && threaded < delivered.length, `${what}: ${threaded} of ${delivered.length} answered by the thread`);
    // A failed batch is not handed to onResults.
    assert.equal(inline + threaded, delivered.length + failures.length, what);
    assert.deepEqual(failures, serial.failures, what);
    assert.deepEqual(delivered, serial.delivered, what);
  }
});

test('threads started for batches that never come do not keep the process alive', { timeout: 60_000 }, async () => {
  // A child process: what is tested is that it exits, with no end() called.
  const code = `import { PooledEvaluator } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', 'src', 'engine', 'pool.ts')).href)};
const e = new PooledEvaluator({}, {}, () => undefined, { threads: 1 });
e.expect(100000);
if (!e.counts.started) throw new Error('not started');
setTimeout(() => console.log('still here'), 200);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.signal, null, 'exited by itself, not killed at the timeout');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'still here');
});

test('a throw in onResults while the answer of a thread is handed over rejects the evaluation and stops the thread', { timeout: 60_000 }, async () => {
  const resources = (await corpus()).slice(0, 100);
  const evaluator = new PooledEvaluator(CONFIG, { batchSize: 50 }, () => {
    throw new Error('a mapping bug');
  }, { threads: 1, inlineBatches: 0 });
  // Both batches go to the thread (it has room for two): the throw is in its answer's handler.
  const added = evaluator.add(resources);
  const [worker] = evaluator.workers;
  assert.ok(worker, 'the thread started for the first batch');
  await added;
  const ended = evaluator.end();
  // This thread blocked while the thread answers both batches: the second answer is already
  // here when the first one's throw stops the thread. Handled, it used to unref the stopping
  // thread, and the process's event loop emptied inside end (the test was cancelled).
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_000);
  await assert.rejects(ended, /a mapping bug/);
  assert.equal(worker.threadId, -1, 'the thread was stopped');
  assert.equal(evaluator.counts.inline, 0);
  assert.ok(evaluator.counts.threaded >= 1);
  await assert.rejects(evaluator.add(resources), /a mapping bug/, 'every later wait is told');
});
