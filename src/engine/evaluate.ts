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
 *
 * "Fresh" is a state, not a new object: an Evaluator keeps one instance (see ReusedInstance) and
 * puts its whole memory back to the bytes it held right after instantiation and setData before
 * each batch. A new WebAssembly.Memory per batch cost more than the batch's rules: the runtime
 * touches about 20 KiB of new memory per resource, and every new page is a page fault, zeroed by
 * the kernel, on top of the Memory's own set-up and the garbage collections its size triggers.
 */
import { readFileSync } from 'node:fs';
import { toPolicyResource } from '../model/resource.js';
import type { Resource } from '../model/resource.js';
import { decode, encode } from '../model/policy-json.js';
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

export const DEFAULT_MAX_PAGES = 16384;
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

type Policy = ReturnType<typeof loadPolicySync>;

function judge(policy: Policy, resources: Resource[]): RawResult[] {
  return flatten(policy.evaluate({ resources: resources.map(toPolicyResource) }, ENTRYPOINT) as EngineResult);
}

/** The built-in entrypoint's shape of a result (policies/bundle/entry.rego): `[rule, resource, path, msg]`. */
type ResultTuple = [string, string, Array<string | number>, string];

/**
 * What the entrypoint evaluates to: one result set, whose value is the built-in entrypoint's
 * array of tuples or main.rego's set (as an array) of objects, which custom bundles build with.
 */
type EngineResult = Array<{ result: Array<RawResult | ResultTuple> }>;

/** Tuples become the objects main.rego gives, keys in the runtime's order (sorted), so both shapes read alike. */
function flatten(rs: EngineResult): RawResult[] {
  const out: RawResult[] = [];
  for (const r of rs) for (const x of r.result) out.push(Array.isArray(x) ? { msg: x[3], path: x[2], resource: x[1], rule: x[0] } : x);
  return out;
}

/**
 * The results in an engine's answer: the UTF-8 JSON of what the entrypoint evaluated to, as an
 * evaluation thread sends it back (BatchJudge.answer), parsed where the results are used.
 */
export function resultsOf(answer: Uint8Array): RawResult[] {
  return flatten(JSON.parse(decode(answer)) as EngineResult);
}

/**
 * One batch, in an instance of its own that starts with INITIAL_PAGES. Throws what the runtime
 * throws. The reference for ReusedInstance: a batch whose outcome could depend on the memory's
 * starting size is judged here.
 */
export function evaluateBatch(resources: Resource[], config: PolicyData, maxMemoryPages = DEFAULT_MAX_PAGES, module: WasmModule = wasmModule()): RawResult[] {
  const policy = loadPolicySync(module, { initial: Math.min(INITIAL_PAGES, maxMemoryPages), maximum: maxMemoryPages });
  policy.setData({ config });
  return judge(policy, resources);
}

/**
 * A batch: its resources, or the UTF-8 JSON of their policy input (an array of
 * toPolicyResource; what a pool thread receives), which is the same input to the engine.
 */
export type BatchInput = Resource[] | Uint8Array;

/** The resources of a batch; policy resources parsed from its JSON hold every field the engine reads. */
function resourcesOf(batch: BatchInput): Resource[] {
  return batch instanceof Uint8Array ? (JSON.parse(decode(batch)) as Resource[]) : batch;
}

const PAGE = 65536;
const ZERO_PAGE = new Uint8Array(PAGE);

/** The largest memory, in pages, an Evaluator keeps for its next batches (64 MiB): each batch zeroes it. */
const KEEP_PAGES = 1024;

/**
 * An instance and its memory, put back before every batch to the bytes they held when new (after
 * setData): the memory is a WebAssembly.Memory of `pages` pages, which the instance itself and
 * the OPA runtime's statics (heap pointer, free lists, builtin caches) live in, and which the
 * runtime sized its heap by when it started. The instance's only mutable global, the stack
 * pointer, is back at its start when a call returns; an instance a call failed in is dropped.
 * The zeroing is not optional: the runtime reads memory above its heap that it did not write
 * (with that memory filled with 1s or 0xff instead, every W1 batch traps out of bounds).
 */
class ReusedInstance {
  private readonly policy: Policy;
  /** The memory when new, without its trailing zeros. */
  private readonly fresh: Uint8Array;
  /** The entrypoint's id, where the bundle's ABI has opa_eval (1.2 and later; see evaluateDirect). */
  private readonly entrypoint: number | undefined;
  private used = false;

  constructor(module: WasmModule, config: PolicyData, readonly pages: number, maximum: number) {
    this.policy = loadPolicySync(module, { initial: pages, maximum });
    this.policy.setData({ config });
    const id: unknown = (this.policy.entrypoints as Record<string, unknown>)[ENTRYPOINT];
    this.entrypoint = this.policy.minorVersion >= 2 && Object.hasOwn(this.policy.entrypoints, ENTRYPOINT) && typeof id === 'number' ? id : undefined;
    const bytes = new Uint8Array(this.policy.mem.buffer);
    let end = bytes.length;
    while (end >= PAGE && Buffer.compare(bytes.subarray(end - PAGE, end), ZERO_PAGE) === 0) end -= PAGE;
    while (end > 0 && bytes[end - 1] === 0) end--;
    this.fresh = bytes.slice(0, end);
  }

  /** The memory's size now, in pages. */
  get size(): number {
    return this.policy.mem.buffer.byteLength / PAGE;
  }

  /**
   * Judges a batch, given as resources or as the UTF-8 JSON of their policy input (an array of
   * toPolicyResource, as the pool's threads receive it): the engine's answer (see resultsOf).
   * Throws what the runtime throws. Usable again only while `size` is `pages`.
   */
  answer(batch: BatchInput): Uint8Array {
    if (this.used) {
      const bytes = new Uint8Array(this.policy.mem.buffer);
      bytes.set(this.fresh);
      bytes.fill(0, this.fresh.length);
    }
    this.used = true;
    if (this.entrypoint === undefined) return encode(JSON.stringify(this.policy.evaluate({ resources: resourcesOf(batch).map(toPolicyResource) }, ENTRYPOINT)));
    return this.evaluateDirect(this.entrypoint, batch instanceof Uint8Array ? batch : JSON.stringify({ resources: batch.map(toPolicyResource) }));
  }

  /**
   * LoadedPolicy.evaluate's ABI 1.2 path, the same calls and memory growth, but the input is
   * written straight into the memory (its UTF-8 as it came, or the text encoded there, not into
   * a buffer first, then copied), and the result's end is found by indexOf (not a loop over its
   * bytes in JavaScript) and copied out as it is, for whichever thread parses it.
   */
  private evaluateDirect(entrypoint: number, input: Uint8Array | string): Uint8Array {
    const { policy } = this;
    const at = policy.dataHeapPtr as number;
    const length = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : PREFIX.length + input.length + 1;
    const delta = at + length - policy.mem.buffer.byteLength;
    if (delta > 0) policy.mem.grow(Math.ceil(delta / PAGE));
    const memory = new Uint8Array(policy.mem.buffer, at, length);
    if (typeof input === 'string') {
      const { read, written } = ENCODER.encodeInto(input, memory);
      if (read !== input.length || written !== length) throw new Error('the policy input did not encode to its UTF-8 length');
    } else {
      // {"resources": <the batch's array>}
      memory.set(PREFIX);
      memory.set(input, PREFIX.length);
      memory[length - 1] = 0x7d;
    }
    const exports = (policy.wasmInstance as unknown as { exports: OpaExports }).exports;
    const result = exports.opa_eval(0, entrypoint, policy.dataAddr, at, length, at + length, 0);
    const bytes = new Uint8Array(policy.mem.buffer);
    return bytes.slice(result, bytes.indexOf(0, result));
  }
}

const PREFIX = encode('{"resources":');

/** The one export of the OPA wasm ABI that evaluateDirect calls. */
interface OpaExports {
  opa_eval(reserved: number, entrypoint: number, data: number, input: number, inputLength: number, heap: number, format: number): number;
}

const ENCODER = new TextEncoder();

/**
 * Judges batches one after another in one ReusedInstance, with the results and failures
 * evaluateBatch has for each. Its memory starts at the size the largest batch so far grew to
 * (up to KEEP_PAGES), so batches rarely grow it; a batch that does leaves an instance whose heap
 * size no longer matches its memory, and the next batch gets a new one. The runtime's heap
 * bookkeeping is not the same when memory starts larger, and near the memory's limit that could
 * decide whether a batch fits: a batch that fails, or ends with more than half the limit, is
 * judged again by evaluateBatch, whose outcome is the batch's.
 */
export class BatchJudge {
  private instance: ReusedInstance | undefined;
  private pages: number;
  /** Batches judged again by evaluateBatch. */
  rejudged = 0;

  constructor(private readonly module: WasmModule, private readonly config: PolicyData, private readonly maximum: number) {
    this.pages = Math.min(INITIAL_PAGES, maximum);
  }

  judge(resources: BatchInput): RawResult[] {
    return resultsOf(this.answer(resources));
  }

  /** The batch's results as the engine's answer (see resultsOf), which an evaluation thread sends back as it is. */
  answer(resources: BatchInput): Uint8Array {
    const instance = this.instance ?? new ReusedInstance(this.module, this.config, this.pages, this.maximum);
    this.instance = undefined;
    let results: Uint8Array | undefined;
    try {
      results = instance.answer(resources);
    } catch {
      // Judged again below.
    }
    const size = instance.size;
    if (results !== undefined && size <= this.maximum / 2) {
      if (size === instance.pages) this.instance = instance;
      else this.pages = Math.max(this.pages, Math.min(size, KEEP_PAGES));
      return results;
    }
    this.rejudged++;
    return encode(JSON.stringify([{ result: evaluateBatch(resourcesOf(resources), this.config, this.maximum, this.module) }]));
  }

  /** Lets the instance and its memory go (a later batch gets a new one). */
  release(): void {
    this.instance = undefined;
  }
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
  private readonly judge: BatchJudge;
  private count = 0;

  constructor(
    config: PolicyData,
    options: EngineOptions,
    /** The results of one batch whose resources are `judged`, in the engine's order. */
    private readonly onResults: (results: RawResult[], judged: Resource[]) => void,
  ) {
    const module = options.wasm ? new WebAssembly.Module(options.wasm) : wasmModule();
    this.judge = new BatchJudge(module, config, options.maxMemoryPages ?? DEFAULT_MAX_PAGES);
    // A custom bundle's rules may look at every resource of a group: its groups stay whole.
    this.packer = new BatchPacker(options.batchSize ?? DEFAULT_BATCH, { splitCompose: options.wasm === undefined, splitLive: options.wasm === undefined });
  }

  /** Batches the reused instance failed on or nearly filled, judged again in a new one (see BatchJudge). */
  get rejudged(): number {
    return this.judge.rejudged;
  }

  add(resources: Resource[]): void {
    for (const g of groupsOf(resources)) for (const b of this.packer.add(g)) this.run(b);
  }

  /** Evaluates what is left; the failures of the whole evaluation. */
  end(): BatchFailure[] {
    for (const b of this.packer.end()) this.run(b);
    this.judge.release();
    return this.failures;
  }

  private run(batch: Batch): void {
    const i = this.count++;
    const { own } = batch;
    const judged = own ? batch.resources.filter((r) => own.has(r.id)) : batch.resources;
    let results: RawResult[];
    try {
      results = this.judge.judge(batch.resources);
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
