/**
 * A per-input time and memory budget: inputs are loaded in a worker thread, one at a time; one
 * that runs past the budget (or out of memory) has its worker stopped and becomes an error for
 * that input, and a fresh worker goes on with the rest. The scan is then incomplete (exit 3)
 * but every other input is still judged and reported. One worker serves the whole process
 * (started once, not per scan) and never keeps it alive when idle.
 */
import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputError, LoadResult } from '../model/resource.js';
import type { Input } from './discover.js';
import type { IOOptions } from './io.js';
import { inputName, type LoadSettings } from './load.js';

export interface Budget {
  /** Wall-clock budget for loading one input. */
  timeoutMs: number;
  maxBytes?: number;
  io: IOOptions;
}

export const DEFAULT_INPUT_TIMEOUT_MS = 60_000;
const MAX_HEAP_MB = 2048;

// The built code runs dist/sources/load-worker.js; under the TypeScript loader (tests), the .ts
// file, with that loader registered inside the worker (it is not inherited).
const EXT = extname(fileURLToPath(import.meta.url));
const WORKER = new URL(`./load-worker${EXT}`, import.meta.url);
const workerSource = (): URL | string =>
  EXT === '.ts' ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });` : WORKER;

type Reply = { id: number; result: LoadResult } | { id: number; failure: string };
type Outcome = Reply | { crashed: string } | 'timeout';

class LoadWorker {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private pending: { id: number; done: (r: Outcome) => void } | undefined;
  private nextId = 0;

  constructor() {
    const source = workerSource();
    this.worker = new Worker(source, { eval: typeof source === 'string', resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB } });
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (m: Reply | { ready: true }) => {
        if ('ready' in m) resolve();
        else if (this.pending?.id === m.id) this.settle(m);
      });
    });
    this.worker.on('error', (err) => this.settle({ crashed: err.message }));
    this.worker.on('exit', (code) => this.settle({ crashed: `exited with code ${code}` }));
    // After the listeners: adding a message listener refs the worker again.
    this.worker.unref();
  }

  private settle(r: Outcome): void {
    const p = this.pending;
    this.pending = undefined;
    p?.done(r);
  }

  load(input: Input, settings: LoadSettings, budget: Budget): Promise<Outcome> {
    const id = this.nextId++;
    // Held while a load is pending, so the process waits for it; idle, the worker never keeps it alive.
    this.worker.ref();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      this.pending = {
        id,
        done: (r) => {
          clearTimeout(timer);
          this.worker.unref();
          resolve(r);
        },
      };
      // The budget runs from when the worker is ready: its start-up is not the input's fault.
      void this.ready.then(() => {
        if (this.pending?.id !== id) return;
        // The reply may already be waiting while the main thread was busy (evaluating a batch):
        // messages are delivered in the poll phase, before setImmediate's, so it wins then.
        timer = setTimeout(() => setImmediate(() => this.pending?.id === id && this.settle('timeout')), budget.timeoutMs);
        this.worker.postMessage({ id, input, settings, io: budget.io, maxBytes: budget.maxBytes });
      });
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

let shared: LoadWorker | undefined;
/** Loads are serialized through the one worker, so concurrent scans never share a budget. */
let queue: Promise<unknown> = Promise.resolve();

async function loadOne(input: Input, settings: LoadSettings, budget: Budget): Promise<LoadResult> {
  shared ??= new LoadWorker();
  const r = await shared.load(input, settings, budget);
  if (r !== 'timeout' && 'result' in r) return r.result;
  const failed = (message: string): LoadResult => ({ resources: [], errors: [{ file: inputName(input), level: 'error', message } satisfies InputError] });
  if (r !== 'timeout' && 'failure' in r) return failed(`load ${input.kind}: internal error: ${r.failure}`);
  // Timed out or crashed: this worker is done; the next input gets a fresh one.
  const worker = shared;
  shared = undefined;
  await worker.stop();
  if (r === 'timeout') return failed(`load ${input.kind}: stopped after ${budget.timeoutMs / 1000} s (the per-input time budget); the rest of the scan went on`);
  if (/memory/i.test(r.crashed)) return failed(`load ${input.kind}: stopped, out of memory; the rest of the scan went on`);
  return failed(`load ${input.kind}: internal error: the load worker ${r.crashed}`);
}

/** One loaded input, as the scan receives it. */
export type OnLoaded = (input: Input, result: LoadResult) => void | Promise<void>;

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
    let next = inputs.length > 0 ? loadOne(inputs[0]!, settings, budget) : undefined;
    try {
      for (let i = 0; i < inputs.length; i++) {
        const result = await next!;
        next = i + 1 < inputs.length ? loadOne(inputs[i + 1]!, settings, budget) : undefined;
        if (onLoaded) {
          // One turn of the event loop first, so the request for the next input is posted
          // before the caller's work begins.
          await new Promise((resolve) => setImmediate(resolve));
          await onLoaded(inputs[i]!, result);
        }
        else out.push({ input: inputs[i]!, result });
      }
    } finally {
      // A failed onLoaded: the worker is still loading the next input; the next scan waits for it.
      await next;
    }
    return out;
  });
  queue = run.catch(() => undefined);
  return run;
}
