/**
 * Evaluation on more than one core: the batches of a scan (the same BatchPacker, the same
 * order as Evaluator) are evaluated by a few worker threads while the main thread goes on
 * receiving loaded inputs and turning results into findings. Each thread, the calling one
 * included, judges its batches in one reused instance put back to its fresh state before each
 * (BatchJudge in evaluate.ts); the threads share the compiled module.
 *
 * The results are handed over in batch order whatever thread finishes first, so the
 * findings, failures and their order are those of the serial Evaluator, byte for byte.
 * A small scan never pays for threads: the first batches are evaluated on the calling thread,
 * and the threads start only when more come.
 *
 * Batches wait in a queue, sent to a thread with room; when none has room the calling thread
 * evaluates one, then lets the event loop run (the threads' answers are only received then)
 * before the next: a bulk add (a live scan's resources, the Compose projects after loading)
 * is shared with the threads instead of being evaluated here while they wait.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { toPolicyResource, type Resource } from '../model/resource.js';
import { startWorker } from '../sources/isolate.js';
import { BatchPacker, batchInputs, DEFAULT_BATCH, groupsOf, type Batch } from './batches.js';
import { BatchJudge, DEFAULT_MAX_PAGES, describe, resultsOf, wasmModule, type BatchFailure, type BatchInput, type EngineOptions, type PolicyData, type RawResult } from './evaluate.js';
import { encode, jsonArray } from '../model/policy-json.js';
import type { PoolReply } from './pool-worker.js';

type WasmModule = ReturnType<typeof wasmModule>;
declare const WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule };

export interface PoolOptions {
  /** Evaluation threads; 0 evaluates every batch on the calling thread. Default: see defaultThreads. */
  threads?: number;
  /** Load workers for a large scan (sources/isolate.ts; default: see loadWorkers). */
  loaders?: number;
  /** Batches evaluated on the calling thread before the threads start (default 2). */
  inlineBatches?: number;
  /**
   * Batches sent to a thread and not answered, at most (default 2: one evaluated, one waiting);
   * with every thread that far behind, the calling thread evaluates the next batch itself.
   */
  queuePerThread?: number;
}

/** What an evaluation thread starts with (pool-worker.ts). */
export interface PoolWorkerData {
  role: 'evaluate';
  config: PolicyData;
  maxMemoryPages?: number;
  module: WasmModule;
}

/** How a batch ended: its raw results, or what the runtime threw. */
type Outcome = { results: RawResult[] } | { error: unknown };

interface Queued {
  /** The batch's number: the order its results are handed over in. */
  i: number;
  batch: Batch;
}

/** Where the batches of an evaluation were judged (tests read it: a bulk add must be shared). */
export interface PoolCounts {
  /** On the calling thread. */
  inline: number;
  /** Answered by an evaluation thread. */
  threaded: number;
  /** Whether the threads were started. */
  started: boolean;
  /** Batches packed and not judged yet: queued, or sent to a thread and not answered. */
  waiting: number;
}

interface Waiter {
  done: () => boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  /** Batches sent to it and not answered, by batch number. */
  sent: Map<number, Batch>;
}

/**
 * The default evaluation threads. On two cores one is enough: the load worker, this thread
 * and it keep both cores busy (W1: loading, evaluation and the main thread's share each fit
 * in the time of the other two), and every further thread only adds its start and JIT warm-up.
 * None on one core.
 */
function defaultThreads(): number {
  const cores = availableParallelism();
  return cores >= 4 ? 2 : cores - 1;
}

/** The default load workers of a large scan: a second one from four cores (see defaultThreads). */
export function loadWorkers(): number {
  return availableParallelism() >= 4 ? 2 : 1;
}

/**
 * Evaluator's contract (add whole groups, `end` for the rest and the failures), with batches
 * evaluated on worker threads, and on the calling thread when they are all behind: it has
 * time to spare (after loading, in a Compose or live scan, it would only wait), and loaded
 * inputs never pile up faster than they are judged.
 */
export class PooledEvaluator {
  private readonly failures: BatchFailure[] = [];
  private readonly packer: BatchPacker;
  private readonly module: WasmModule;
  /** The calling thread's reused instance, for the batches it judges itself. */
  private readonly judge: BatchJudge;
  private readonly threadCount: number;
  private readonly inlineBatches: number;
  private readonly batchSize: number;
  /** Resources announced by `expect`. */
  private expected = 0;
  private readonly queuePerThread: number;
  private threads: Thread[] | undefined;
  private count = 0;
  private delivered = 0;
  /** Batches answered before an earlier one, held until it is. */
  private readonly held = new Map<number, { batch: Batch; outcome: Outcome }>();
  private inFlight = 0;
  /** Packed batches not yet sent to a thread or judged here, in order. */
  private readonly queue: Queued[] = [];
  /** The pump is running (it is not reentered). */
  private pumping = false;
  /** A batch was judged here in this turn of the event loop; nextTurn is scheduled. */
  private judgedThisTurn = false;
  private waiters: Waiter[] = [];
  /** What a pump step threw (a mapping bug): every later wait rejects with it. */
  private broken: { error: unknown } | undefined;
  private readonly judged: Omit<PoolCounts, 'waiting'> = { inline: 0, threaded: 0, started: false };
  /** Resources' policy input as UTF-8 JSON, made by the load worker (prepared). */
  private readonly json = new WeakMap<Resource, Uint8Array>();

  constructor(
    private readonly config: PolicyData,
    private readonly options: EngineOptions,
    /** The results of one batch whose resources are `judged`, in the engine's order. */
    private readonly onResults: (results: RawResult[], judged: Resource[]) => void,
    pool: PoolOptions = {},
  ) {
    this.module = options.wasm ? new WebAssembly.Module(options.wasm) : wasmModule();
    this.judge = new BatchJudge(this.module, config, options.maxMemoryPages ?? DEFAULT_MAX_PAGES);
    // As Evaluator: a custom bundle's rules may look at every resource of a group, so its groups stay whole.
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.packer = new BatchPacker(this.batchSize, { splitCompose: options.wasm === undefined, splitLive: options.wasm === undefined });
    this.threadCount = pool.threads ?? defaultThreads();
    this.inlineBatches = pool.inlineBatches ?? 2;
    this.queuePerThread = Math.max(1, pool.queuePerThread ?? 2);
  }

  /**
   * `policy[i]` is JSON.stringify(toPolicyResource(resources[i])) as UTF-8, made where the
   * resources were loaded: a batch is sent to a thread as these bytes, which the engine is given
   * as they are, instead of being copied object by object on this thread. Resources without it
   * are serialized here.
   */
  prepared(resources: Resource[], policy: Uint8Array[] | undefined): void {
    if (policy?.length !== resources.length) return;
    for (let n = 0; n < resources.length; n++) this.json.set(resources[n]!, policy[n]!);
  }

  /**
   * Packs `resources` (whole groups) and queues the full batches. Resolves once every queued
   * batch is sent to a thread or judged here: a caller that awaits it holds at most a thread's
   * `queuePerThread` batches each and the batch being packed, however fast inputs come.
   */
  add(resources: Resource[]): Promise<void> {
    for (const g of groupsOf(resources)) for (const b of this.packer.add(g)) this.queue.push({ i: this.count++, batch: b });
    this.pump();
    return this.until(() => this.queue.length === 0);
  }

  /** Evaluates what is left, waits for every batch; the failures of the whole evaluation. */
  async end(): Promise<BatchFailure[]> {
    for (const b of this.packer.end()) this.queue.push({ i: this.count++, batch: b });
    this.pump();
    try {
      await this.until(() => this.queue.length === 0 && this.inFlight === 0);
    } finally {
      this.judge.release();
      const threads = this.threads ?? [];
      this.threads = [];
      // terminate() refs a thread until it is gone, whatever it was; nothing may unref it after
      // (the process could end inside this await): a thread out of `threads` ignores the answers
      // still on their way, when a throw in onResults ended the evaluation early.
      await Promise.all(threads.map((t) => t.worker.terminate()));
    }
    return this.failures;
  }

  /**
   * `count` more resources will be added later (Compose projects, held until loading ends). Once
   * those expected are more than the batches judged here before the threads start can hold, the
   * threads start now: they are ready when the batches come, instead of booting while this
   * thread judges them all.
   */
  expect(count: number): void {
    this.expected += count;
    if (this.expected > this.inlineBatches * this.batchSize) this.startThreads();
  }

  /** The evaluation threads started so far (a test stops one mid-evaluation). */
  get workers(): readonly Worker[] {
    return (this.threads ?? []).map((t) => t.worker);
  }

  /** Batches judged here and by the threads so far. */
  get counts(): Readonly<PoolCounts> {
    return { ...this.judged, waiting: this.queue.length + this.inFlight };
  }

  /**
   * Sends queued batches to threads with room; with none, judges one here, and the next only
   * after the event loop has run (the threads' answers received, room made): judged here one
   * after another, in one turn, they would all be, the threads waiting for answers to be read.
   */
  private pump(): void {
    if (this.pumping || this.broken) return;
    this.pumping = true;
    try {
      for (let next = this.queue[0]; next; next = this.queue[0]) {
        const thread = this.room(next.i);
        if (thread) {
          this.queue.shift();
          this.send(thread, next);
          continue;
        }
        if (this.judgedThisTurn) break;
        this.queue.shift();
        if (this.threads?.length) {
          this.judgedThisTurn = true;
          setImmediate(this.nextTurn);
        }
        this.judged.inline++;
        // As a thread would, from the load worker's JSON: the resources' properties may not even be here (propertiesDeferred).
        this.finish(next.i, next.batch, this.inline(next.batch, this.input(next.batch)));
      }
    } catch (error) {
      // Thrown by onResults: the evaluation is over, and whoever waits on it is told.
      this.broken = { error };
    }
    this.pumping = false;
    this.settle();
  }

  private readonly nextTurn = (): void => {
    this.judgedThisTurn = false;
    this.pump();
  };

  /** The thread batch `i` goes to: the least behind with room, the threads started if it is their turn; none: judged here. */
  private room(i: number): Thread | undefined {
    if (i >= this.inlineBatches) this.startThreads();
    let thread: Thread | undefined;
    for (const t of this.threads ?? []) if (t.sent.size < this.queuePerThread && (!thread || t.sent.size < thread.sent.size)) thread = t;
    return thread;
  }

  private startThreads(): void {
    if (this.threads !== undefined || this.threadCount === 0) return;
    this.threads = this.start();
    this.judged.started = true;
  }

  private send(thread: Thread, { i, batch }: Queued): void {
    thread.sent.set(i, batch);
    this.inFlight++;
    thread.worker.ref();
    const input = this.input(batch);
    // Its own buffer (jsonArray), transferred: not copied.
    thread.worker.postMessage({ batch: i, input }, [input.buffer as ArrayBuffer]);
  }

  private until(done: () => boolean): Promise<void> {
    if (this.broken) return Promise.reject(this.broken.error);
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ done, resolve, reject }));
  }

  /** Resolves the waits that are over (or rejects them all, broken). */
  private settle(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) {
      if (this.broken) w.reject(this.broken.error);
      else if (w.done()) w.resolve();
      else this.waiters.push(w);
    }
  }

  /** The batch's policy input as UTF-8 JSON, in a buffer of its own: what evaluateBatch gives the engine. */
  private input(batch: Batch): Uint8Array {
    const parts = batch.resources.map((r): Uint8Array | string => this.json.get(r) ?? JSON.stringify(toPolicyResource(r)));
    // All serialized here (a live or snapshot scan's resources): encoded once for the batch, not one by one.
    if (parts.every((p) => typeof p === 'string')) return encode(`[${parts.join(',')}]`);
    return jsonArray(parts.map((p) => (typeof p === 'string' ? encode(p) : p)));
  }

  /** Lets a judged batch's JSON go; a slice's related resources may be sent again with another slice. */
  private forget(batch: Batch): void {
    if (!batch.own) for (const r of batch.resources) this.json.delete(r);
  }

  /** A thread's answer, parsed here (where its results are used) rather than copied as objects. */
  private parsed(answer: Uint8Array): Outcome {
    try {
      return { results: resultsOf(answer) };
    } catch (error) {
      return { error };
    }
  }

  private inline(batch: Batch, input: BatchInput = batch.resources): Outcome {
    try {
      return { results: this.judge.judge(input) };
    } catch (error) {
      return { error };
    }
  }

  private start(): Thread[] {
    const workerData: PoolWorkerData = { role: 'evaluate', config: this.config, module: this.module, ...(this.options.maxMemoryPages !== undefined ? { maxMemoryPages: this.options.maxMemoryPages } : {}) };
    const threads: Thread[] = [];
    for (let n = 0; n < this.threadCount; n++) {
      const thread: Thread = { worker: startWorker({ workerData }), sent: new Map() };
      thread.worker.on('message', (m: PoolReply) => {
        // A thread being stopped (end) may still deliver answers it had sent: ignored, and above
        // all not allowed to unref it, or the process could exit while end awaits its exit.
        if (!this.threads?.includes(thread)) return;
        const batch = thread.sent.get(m.batch);
        if (!batch) return;
        thread.sent.delete(m.batch);
        if (thread.sent.size === 0) thread.worker.unref();
        this.judged.threaded++;
        this.answered(m.batch, batch, 'answer' in m ? this.parsed(m.answer) : { error: revive(m.error) });
      });
      const lost = (): void => this.lost(thread);
      thread.worker.on('error', lost);
      thread.worker.on('exit', lost);
      // Held only while it has batches (send), and after the listeners (a message listener refs
      // it again): a thread started for batches that never come (a scan that failed while
      // loading, before end) must not keep the process alive.
      thread.worker.unref();
      threads.push(thread);
    }
    return threads;
  }

  /** A thread that died: its batches are evaluated here, in order, and it gets no more. */
  private lost(thread: Thread): void {
    if (!this.threads?.includes(thread)) return;
    this.threads = this.threads.filter((t) => t !== thread);
    const sent = [...thread.sent].sort((a, b) => a[0] - b[0]);
    thread.sent.clear();
    for (const [i, batch] of sent) {
      this.judged.inline++;
      // The input the thread was sent: the load worker's JSON is kept until a batch is answered.
      this.answered(i, batch, this.broken ? { results: [] } : this.inline(batch, this.input(batch)));
    }
  }

  private answered(i: number, batch: Batch, outcome: Outcome): void {
    this.inFlight--;
    if (!this.broken) {
      try {
        this.finish(i, batch, outcome);
      } catch (error) {
        // Thrown by onResults in a thread's answer (or a lost thread's batches): as in pump,
        // the evaluation is over and whoever waits on it is told, instead of an uncaught throw.
        this.broken = { error };
      }
    }
    // Queued batches need no kick: with any queued, the pump's next step is already scheduled.
    this.settle();
  }

  /** Hands over batch `i` once every earlier batch has been. */
  private finish(i: number, batch: Batch, outcome: Outcome): void {
    this.forget(batch);
    this.held.set(i, { batch, outcome });
    for (let next = this.held.get(this.delivered); next; next = this.held.get(this.delivered)) {
      this.held.delete(this.delivered);
      this.deliver(this.delivered++, next.batch, next.outcome);
    }
  }

  /** As Evaluator.run, after the evaluation. */
  private deliver(i: number, batch: Batch, outcome: Outcome): void {
    const { own } = batch;
    const judged = own ? batch.resources.filter((r) => own.has(r.id)) : batch.resources;
    if ('error' in outcome) {
      this.failures.push({ batch: i, inputs: batchInputs(judged), resources: judged.length, message: describe(outcome.error) });
      return;
    }
    const { results } = outcome;
    this.onResults(own ? results.filter((r) => own.has(r.resource)) : results, judged);
  }
}

/** The error a thread sent back, as the runtime threw it (describe tells Errors by name). */
function revive(error: { name: string; message: string } | string): unknown {
  if (typeof error === 'string') return error;
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}
