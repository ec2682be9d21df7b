/**
 * A per-input time and memory budget: inputs are loaded in worker threads (one, or two for a
 * large scan on four cores or more: engine/pool.ts), each loading one input at a time (a few are asked for ahead, so a worker never waits
 * for the main thread); one that runs past the budget (or out of memory) has its worker stopped
 * and becomes an error for that input, and a fresh worker goes on with the rest. The scan is
 * then incomplete (exit 3) but every other input is still judged and reported. The workers
 * serve the whole process (started once, not per scan) and never keep it alive when idle.
 * Results are handed to the scan in input order, whichever worker loaded them.
 */
import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDeferredProperties, type InputError, type LoadResult } from '../model/resource.js';
import { split, type PolicyBytes } from '../model/policy-json.js';
import type { Input } from './discover.js';
import type { IOOptions } from './io.js';
import { inputName, type LoadSettings } from './load.js';

export interface Budget {
  /** Wall-clock budget for loading one input. */
  timeoutMs: number;
  maxBytes?: number;
  io: IOOptions;
  /** Load workers for a scan of MANY_INPUTS inputs or more (default 1); a smaller scan uses one. */
  workers?: number;
}

/** Inputs from which a scan loads in more than one worker: below, a second worker's start costs more than it saves. */
export const MANY_INPUTS = 8;

export const DEFAULT_INPUT_TIMEOUT_MS = 60_000;
const MAX_HEAP_MB = 2048;

// The built code runs dist/sources/load-worker.js; under the TypeScript loader (tests), the .ts
// file, with that loader registered inside the worker (it is not inherited).
const EXT = extname(fileURLToPath(import.meta.url));
const WORKER = new URL(`./load-worker${EXT}`, import.meta.url);
const workerSource = (): URL | string =>
  EXT === '.ts' ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });` : WORKER;

/** `policy`: each resource's policy input (toPolicyResource) as JSON bytes, made in the worker for the evaluation threads. */
type Reply = { id: number; result: LoadResult; policy: PolicyBytes } | { id: number; failure: string };
/** `requeue`: the worker was stopped (for another input) before it got to this one. */
type Outcome = Reply | { crashed: string } | 'timeout' | 'requeue';

/**
 * A thread running load-worker.ts: the load worker, or with `workerData.role` another job
 * (engine/pool.ts evaluates in the same script, so the build has one worker entry).
 */
export function startWorker(options: { workerData?: unknown; resourceLimits?: { maxOldGenerationSizeMb: number } } = {}): Worker {
  const source = workerSource();
  return new Worker(source, { eval: typeof source === 'string', ...options });
}

interface Pending {
  id: number;
  timeoutMs: number;
  timer?: NodeJS.Timeout;
  done: (r: Outcome) => void;
}

class LoadWorker {
  private readonly worker: Worker;
  private ready = false;
  /**
   * Requests posted and not answered, in order. The worker loads one input at a time, in
   * order, so the first is the one it is on; the others wait in its queue.
   */
  private readonly pending: Pending[] = [];
  private nextId = 0;
  dead = false;

  /** Inputs asked for and not answered. */
  get queued(): number {
    return this.pending.length;
  }

  constructor() {
    this.worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB } });
    this.worker.on('message', (m: Reply | { ready: true }) => {
      if ('ready' in m) {
        this.ready = true;
        this.arm();
      } else if (this.pending[0]?.id === m.id) this.settle(m);
    });
    this.worker.on('error', (err) => this.fail({ crashed: err.message }));
    this.worker.on('exit', (code) => this.fail({ crashed: `exited with code ${code}` }));
    // After the listeners: adding a message listener refs the worker again.
    this.worker.unref();
  }

  /**
   * Starts the budget of the input the worker is now on. It runs from when the worker is ready
   * (its start-up is not the input's fault) and the previous input's reply has come: the main
   * thread may see that reply late, so the budget can only be longer, never shorter.
   */
  private arm(): void {
    const head = this.pending[0];
    if (!this.ready || !head || head.timer) return;
    // A reply may already be waiting while the main thread was busy: messages are delivered in
    // the poll phase, before setImmediate's, so the reply wins then.
    head.timer = setTimeout(() => setImmediate(() => this.pending[0] === head && this.fail('timeout')), head.timeoutMs);
  }

  private settle(r: Outcome): void {
    const head = this.pending.shift();
    if (!head) return;
    clearTimeout(head.timer);
    if (this.pending.length === 0) this.worker.unref();
    head.done(r);
    this.arm();
  }

  /** The input being loaded failed the worker: it gets `r`, the ones queued behind it go to a fresh worker. */
  private fail(r: Outcome): void {
    if (this.dead) return;
    this.dead = true;
    const [head, ...rest] = this.pending.splice(0);
    clearTimeout(head?.timer);
    this.worker.unref();
    head?.done(r);
    for (const p of rest) p.done('requeue');
  }

  load(input: Input, settings: LoadSettings, budget: Budget): Promise<Outcome> {
    if (this.dead) return Promise.resolve('requeue');
    const id = this.nextId++;
    // Held while a load is pending, so the process waits for it; idle, the worker never keeps it alive.
    this.worker.ref();
    return new Promise((done) => {
      this.pending.push({ id, timeoutMs: budget.timeoutMs, done });
      // Posted at once: a request sent before the worker is ready waits in its queue.
      this.worker.postMessage({ id, input, settings, io: budget.io, maxBytes: budget.maxBytes });
      this.arm();
    });
  }

  async stop(): Promise<void> {
    this.fail('requeue');
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** The process's load workers (started when first needed, kept for the next scan). */
const shared: Array<LoadWorker | undefined> = [];
/** Loads are serialized through the workers, so concurrent scans never share a budget. */
let queue: Promise<unknown> = Promise.resolve();

/** The worker with the fewest inputs queued, a new one while fewer than `width` are busy. */
function pick(width: number): LoadWorker {
  let best: LoadWorker | undefined;
  for (let n = 0; n < width; n++) {
    const w = shared[n];
    if (!w || w.dead) {
      if (best && best.queued === 0) continue;
      return (shared[n] = new LoadWorker());
    }
    if (!best || w.queued < best.queued) best = w;
  }
  return best!;
}

/** A loaded input: what the scan is handed. */
interface Loaded {
  result: LoadResult;
  policy?: Uint8Array[];
}

async function loadOne(input: Input, settings: LoadSettings, budget: Budget, width: number): Promise<Loaded> {
  let r: Outcome;
  let worker: LoadWorker;
  do {
    worker = pick(width);
    r = await worker.load(input, settings, budget);
  } while (r === 'requeue');
  if (r !== 'timeout' && 'result' in r) {
    const { resources } = r.result;
    const policy = split(r.policy);
    // Sent without properties by the load worker (propertiesDeferred): read from their policy JSON when asked for.
    for (let n = 0; n < resources.length; n++) if (resources[n]!.properties === null) resources[n] = withDeferredProperties(resources[n]!, policy[n]!);
    return { result: r.result, policy };
  }
  const failed = (message: string): Loaded => ({ result: { resources: [], errors: [{ file: inputName(input), level: 'error', message } satisfies InputError] } });
  if (r !== 'timeout' && 'failure' in r) return failed(`load ${input.kind}: internal error: ${r.failure}`);
  // Timed out or crashed: this worker is done; the inputs after this one get a fresh one.
  const slot = shared.indexOf(worker);
  if (slot >= 0) shared[slot] = undefined;
  await worker.stop();
  if (r === 'timeout') return failed(`load ${input.kind}: stopped after ${budget.timeoutMs / 1000} s (the per-input time budget); the rest of the scan went on`);
  if (/memory/i.test(r.crashed)) return failed(`load ${input.kind}: stopped, out of memory; the rest of the scan went on`);
  return failed(`load ${input.kind}: internal error: the load worker ${r.crashed}`);
}

/**
 * Inputs asked of each worker ahead of the one the scan is handed: the workers go on loading
 * while the scan works on what it has, and at most this many results per worker wait on the
 * main thread (each was copied there as it came).
 */
export const LOAD_AHEAD = 3;

/** One loaded input, as the scan receives it. */
export type OnLoaded = (input: Input, result: LoadResult, policy?: Uint8Array[]) => void | Promise<void>;

/**
 * Loads every input in order. With `onLoaded`, each result is handed over as it comes while the
 * worker already loads the next input, so the caller's work on it (evaluation) overlaps loading;
 * the results are then not collected.
 */
export function loadIsolated(inputs: Input[], settings: LoadSettings, budget: Budget): Promise<Array<{ input: Input; result: LoadResult }>>;
export function loadIsolated(inputs: Input[], settings: LoadSettings, budget: Budget, onLoaded: OnLoaded): Promise<unknown>;
export function loadIsolated(inputs: Input[], settings: LoadSettings, budget: Budget, onLoaded?: OnLoaded): Promise<unknown> {
  const run = queue.then(async () => {
    const out: Array<{ input: Input; result: LoadResult }> = [];
    const ahead: Array<Promise<Loaded>> = [];
    let requested = 0;
    const width = inputs.length >= MANY_INPUTS ? Math.max(1, budget.workers ?? 1) : 1;
    const request = (): void => {
      while (requested < inputs.length && ahead.length < LOAD_AHEAD * width) ahead.push(loadOne(inputs[requested++]!, settings, budget, width));
    };
    try {
      request();
      for (let i = 0; i < inputs.length; i++) {
        const { result, policy } = await ahead.shift()!;
        request();
        if (onLoaded) await onLoaded(inputs[i]!, result, policy);
        else out.push({ input: inputs[i]!, result });
      }
    } finally {
      // A failed onLoaded: the worker is still loading the inputs asked for; the next scan waits for them.
      await Promise.all(ahead);
    }
    return out;
  });
  queue = run.catch(() => undefined);
  return run;
}
