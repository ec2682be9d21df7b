/**
 * Runs the compiled policy bundle. The wasm module is compiled once per process; every batch of
 * resources gets a fresh instance of it, with its own memory, configuration as data and the
 * batch as input.
 *
 * A fresh instance per batch is what keeps batches apart. The OPA runtime caches compiled
 * `glob.match` and `regex.match` patterns on its heap, while the SDK hands the same heap to the
 * next evaluation from its start: the next batch's input overwrote the cache, and the runtime
 * then followed a stale pointer ("memory access out of bounds" in opa_glob_match / opa_malloc)
 * as soon as a scan needed a second batch.
 */
import { readFileSync } from 'node:fs';
import { toPolicyResource } from '../model/resource.js';
import type { Resource } from '../model/resource.js';
import { BUNDLE_DIR, ENTRYPOINT } from './catalog.js';
import { BatchPacker, batchInputs, DEFAULT_BATCH, groupsOf, type Batch } from './batches.js';
import sdk from './opa-sdk.cjs';

const { loadPolicySync } = sdk;

export { batches, batchInputs, groupKey, groupsOf, BatchPacker, DEFAULT_BATCH, LIVE_RELATED, LIVE_RELATED_TYPES } from './batches.js';
export type { Batch } from './batches.js';

/** What a rule returns, tagged by main.rego with the rule's package. */
export interface RawResult {
  rule: string;
  resource: string;
  path: Array<string | number>;
  msg: string;
}

export interface PolicyData {
  required_tags?: string[];
  /** The tag policy family's settings (`tags:` in the configuration, without `required`). */
  tags?: { allowed?: Record<string, string[]>; pattern?: Record<string, string>; classification?: { key?: string; confidential?: string[] } };
  [key: string]: unknown;
}

export interface EngineOptions {
  /**
   * Resources per wasm call. Groups of related resources are packed whole, except Compose
   * projects and live account/regions larger than this, which the built-in rules judge in
   * slices of this many (each with the resources they relate to; see batches.ts).
   */
  batchSize?: number;
  /** Upper bound of one batch's wasm memory, in 64 KiB pages (default 16384: 1 GiB). */
  maxMemoryPages?: number;
  /** Another compiled bundle with the same entrypoint (custom policies); default: the built-in one. */
  wasm?: Uint8Array;
}

/** A batch the engine could not evaluate: its resources have no findings. */
export interface BatchFailure {
  /** 0-based position of the batch in this evaluation. */
  batch: number;
  /** The files (or account/region) whose resources were in the batch. */
  inputs: string[];
  resources: number;
  message: string;
}

export interface Evaluation {
  results: RawResult[];
  failures: BatchFailure[];
}

const DEFAULT_MAX_PAGES = 16384;
/** Pages a fresh instance starts with; it grows as the batch needs. */
const INITIAL_PAGES = 8;

/** The compiled module; Node's global, which the project's TypeScript libs (no DOM) do not declare. */
type WasmModule = Parameters<typeof loadPolicySync>[0];
declare const WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule };

let compiled: WasmModule | undefined;

export function wasmModule(): WasmModule {
  compiled ??= new WebAssembly.Module(readFileSync(`${BUNDLE_DIR}policy.wasm`));
  return compiled;
}

/** One batch, in an instance of its own. Throws what the runtime throws. */
export function evaluateBatch(resources: Resource[], config: PolicyData, maxMemoryPages = DEFAULT_MAX_PAGES, module: WasmModule = wasmModule()): RawResult[] {
  const policy = loadPolicySync(module, { initial: Math.min(INITIAL_PAGES, maxMemoryPages), maximum: maxMemoryPages });
  policy.setData({ config });
  const rs = policy.evaluate({ resources: resources.map(toPolicyResource) }, ENTRYPOINT) as Array<{ result: RawResult[] }>;
  const out: RawResult[] = [];
  for (const r of rs) for (const x of r.result) out.push(x);
  return out;
}

/** The runtime throws Errors, RangeErrors and (opa_abort) bare strings. */
export function describe(err: unknown): string {
  const text = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
  const outOfMemory = /opa_malloc: failed|Out of memory|Maximum memory size exceeded|WebAssembly\.Memory\.grow/i.test(clean);
  return outOfMemory ? `the policy engine ran out of memory (${clean})` : clean;
}

/**
 * Evaluates resources as they come, a batch as soon as one is full, so a scan evaluates while
 * its next inputs load and holds no raw result longer than a batch. Each `add` must hold whole
 * groups (groupKey): a group is never split between two calls. A batch the engine fails on
 * becomes a BatchFailure and the others are still evaluated. Given the same resources in the
 * same order, the batches, results and failures are those of one `evaluateBatches` call.
 */
export class Evaluator {
  readonly failures: BatchFailure[] = [];
  private readonly packer: BatchPacker;
  private readonly module: WasmModule;
  private count = 0;

  constructor(
    private readonly config: PolicyData,
    private readonly options: EngineOptions,
    /** The results of one batch whose resources are `judged`, in the engine's order. */
    private readonly onResults: (results: RawResult[], judged: Resource[]) => void,
  ) {
    this.module = options.wasm ? new WebAssembly.Module(options.wasm) : wasmModule();
    // A custom bundle's rules may look at every resource of a group: its groups stay whole.
    this.packer = new BatchPacker(options.batchSize ?? DEFAULT_BATCH, { splitCompose: options.wasm === undefined, splitLive: options.wasm === undefined });
  }

  add(resources: Resource[]): void {
    for (const g of groupsOf(resources)) for (const b of this.packer.add(g)) this.run(b);
  }

  /** Evaluates what is left; the failures of the whole evaluation. */
  end(): BatchFailure[] {
    for (const b of this.packer.end()) this.run(b);
    return this.failures;
  }

  private run(batch: Batch): void {
    const i = this.count++;
    const { own } = batch;
    const judged = own ? batch.resources.filter((r) => own.has(r.id)) : batch.resources;
    let results: RawResult[];
    try {
      results = evaluateBatch(batch.resources, this.config, this.options.maxMemoryPages, this.module);
    } catch (err) {
      this.failures.push({ batch: i, inputs: batchInputs(judged), resources: judged.length, message: describe(err) });
      return;
    }
    this.onResults(own ? results.filter((r) => own.has(r.resource)) : results, judged);
  }
}

/** Every batch of `resources`, each on its own (see Evaluator). */
export async function evaluateBatches(resources: Resource[], config: PolicyData, options: EngineOptions = {}): Promise<Evaluation> {
  const results: RawResult[] = [];
  const evaluator = new Evaluator(config, options, (got) => {
    for (const r of got) results.push(r);
  });
  evaluator.add(resources);
  return { results, failures: evaluator.end() };
}

/** All results, or an Error for the first batch that failed (for callers that cannot report a partial evaluation). */
export async function evaluate(resources: Resource[], config: PolicyData, options: EngineOptions = {}): Promise<RawResult[]> {
  const { results, failures } = await evaluateBatches(resources, config, options);
  const first = failures[0];
  if (first) throw new Error(`evaluate policies: batch ${first.batch} (${first.inputs.join(', ')}): ${first.message}`);
  return results;
}
