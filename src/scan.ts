/**
 * The scan pipeline: discover -> load -> evaluate -> findings. No console, no output files:
 * the result is data that the reporters format and the CLI writes.
 */
import type { FileDigest, InputError, LoadResult, Resource } from './model/resource.js';
import { discover, type Input, type Skipped } from './sources/discover.js';
import { isInputError, nodeIO, scanRoots, withRealRoots, type SourceIO } from './sources/io.js';
import { inputName, loadInput, type LoadSettings } from './sources/load.js';
import { DEFAULT_INPUT_TIMEOUT_MS, loadIsolated, type OnLoaded } from './sources/isolate.js';
import { evaluateBatches, type BatchFailure, type EngineOptions, type PolicyData, type RawResult } from './engine/evaluate.js';
import { loadWorkers, PooledEvaluator, type PoolOptions } from './engine/pool.js';
import { loadCatalog } from './engine/catalog.js';
import { compareFindings, findingMapper, type MapOutcome } from './findings/map.js';
import { configureRules, dropDisabled, enabledRules, type RuleSettings } from './findings/settings.js';
import { liveScope, SCHEMA_VERSION, summarize, type ScanResult } from './findings/result.js';
import type { Finding, Rule } from './findings/types.js';
import { VERSION } from './version.js';
import { redactor } from './findings/redact.js';
import type { Waiver } from './findings/waivers.js';
import type { BaselineEntry } from './findings/baseline.js';
import { govern } from './findings/govern.js';
import { InlineIndex } from './findings/inline.js';
import { globMatch } from './findings/glob.js';
import type { LiveOptions } from './sources/aws/live.js';

export { SCHEMA_VERSION, summarize, type ScanResult, type ScanSummary } from './findings/result.js';

export interface ScanOptions {
  paths: string[];
  requiredTags: string[];
  rules?: RuleSettings;
  cwd?: string;
  io?: SourceIO;
  /**
   * Variables for Compose interpolation given from outside the repository (--env, --env-file,
   * --use-process-env). None by default; whatever is given here is redacted from every output.
   */
  env?: Record<string, string | undefined>;
  /** Let reads leave the scan root (see scanRoots in sources/io.ts). */
  allowOutsideRoot?: boolean;
  /**
   * Wall-clock budget for loading one input, in a worker thread (sources/isolate.ts); past it
   * the input is an error and the scan goes on. Not used when `io` is given (loaded in-process).
   */
  inputTimeoutMs?: number;
  /** Globs over input paths (relative to cwd) that are not scanned. */
  exclude?: string[];
  waivers?: Waiver[];
  /** Honour inline suppressions (Compose comments, template Metadata); default true. */
  inlineSuppressions?: boolean;
  /** Entries of a previous report: matching findings are `existing`. */
  baseline?: BaselineEntry[];
  /** Keep only the inputs this accepts (--staged: those holding a staged file). */
  inputFilter?: (input: Input) => boolean;
  /** The clock waivers are judged by (injectable so tests are deterministic). */
  now?: Date;
  /** Batch size and memory bound of the wasm engine (defaults suit every workload). */
  engine?: EngineOptions;
  /** Evaluation threads and load workers (engine/pool.ts); the defaults use every core (up to four) in a large scan. */
  pool?: PoolOptions;
  /** A live AWS scan; nothing calls AWS unless this asks for it (see wanted()). */
  aws?: LiveOptions;
  /** The tag policy family's settings (allowed values, patterns, data classification). */
  tags?: PolicyData['tags'];
  /** Custom policy folders or bundles (--policies, `policies:`), relative to cwd. */
  policies?: string[];
  /** Where `opa` is looked for when custom Rego is compiled (default: PATH). */
  opaPath?: string;
  /**
   * Hash every input file as it is read (ScanResult.read), for the evidence record: it then
   * attests the bytes that were judged, and the files are not read again to hash them.
   */
  digests?: boolean;
}

async function loadInProcess(inputs: Input[], io: SourceIO, settings: LoadSettings, onLoaded: OnLoaded): Promise<void> {
  for (const input of inputs) {
    let result: LoadResult;
    try {
      result = await loadInput(input, io, settings);
    } catch (err) {
      // A loader bug must not lose the rest of the scan.
      const error: InputError = { file: inputName(input), level: 'error', message: `load ${input.kind}: internal error: ${(err as Error).message}` };
      result = { resources: [], errors: [error] };
    }
    await onLoaded(input, result);
  }
}

export async function loadAll(inputs: Input[], io: SourceIO, settings: LoadSettings = { cwd: process.cwd() }): Promise<LoadResult> {
  const loaded: Array<{ input: Input; result: LoadResult }> = [];
  await loadInProcess(inputs, io, settings, (input, result) => void loaded.push({ input, result }));
  return combine(loaded);
}

function combine(loaded: Array<{ input: Input; result: LoadResult }>): LoadResult {
  const pulledIn = filesPulledIn(loaded);
  const kept = loaded.filter(({ input }) => !(input.kind === 'compose' && pulledIn.has(input.files[0]!)));
  return { resources: kept.flatMap((l) => l.result.resources), errors: kept.flatMap((l) => l.result.errors) };
}

/**
 * Compose files that a project brings in with `include` or `extends`: they are judged as part of
 * that project, not again on their own (where their variables and base services make no sense).
 */
function filesPulledIn(loaded: Array<{ input: Input; result: LoadResult }>): Set<string> {
  const pulledIn = new Set<string>();
  for (const { input, result } of loaded) {
    if (input.kind !== 'compose') continue;
    for (const r of result.resources) {
      const files = r.properties.files;
      if (!Array.isArray(files)) continue;
      for (const f of files) if (typeof f === 'string' && !input.files.includes(f)) pulledIn.add(f);
    }
  }
  return pulledIn;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const cwd = options.cwd ?? process.cwd();
  const roots = await scanRoots(options.paths, cwd);
  const allowOutsideRoot = options.allowOutsideRoot ?? false;
  const found = await discover(options.paths, cwd, { roots, allowOutsideRoot });
  if (options.exclude && options.exclude.length > 0) found.inputs = found.inputs.filter((i) => !excluded(inputName(i), options.exclude!));
  if (options.inputFilter) found.inputs = found.inputs.filter(options.inputFilter);
  const settings: LoadSettings = { cwd, ...(options.env ? { env: options.env } : {}), ...(options.digests ? { digests: true } : {}) };
  const read: FileDigest[] = [];
  const catalog = loadCatalog();
  const policyData: PolicyData = { required_tags: options.requiredTags, ...(options.tags ? { tags: options.tags } : {}) };
  // Evaluation overlaps loading: each batch is evaluated (on evaluation threads in a large scan),
  // and its results become findings, as soon as its inputs are loaded, while the load worker
  // goes on with the next inputs.
  const builtin = mapInto(configureRules(catalog.rules, options.rules));
  const evaluator = new PooledEvaluator(policyData, options.engine ?? {}, builtin.add, options.pool);
  const loadedInputs: Array<{ input: Input; result: LoadResult }> = [];
  // Past evaluation, a resource is needed only by what inline suppressions read of it (gathered
  // here as it loads) and by custom bundles and the live-to-template link, which read them all.
  const inline = options.inlineSuppressions === false ? undefined : new InlineIndex();
  const keepResources = (options.policies?.length ?? 0) > 0 || options.aws !== undefined;
  let resourceCount = 0;
  const onLoaded: OnLoaded = (input, result, policy) => {
    evaluator.prepared(result.resources, policy);
    if (result.read) for (const d of result.read) read.push(d);
    // Compose projects wait for the end of loading: a file another project pulls in is not judged alone.
    if (input.kind === 'compose') {
      evaluator.expect(result.resources.length);
      return void loadedInputs.push({ input, result });
    }
    loadedInputs.push({ input, result: retained(result, keepResources, inline) });
    resourceCount += result.resources.length;
    // Awaited by the loader: the next input is taken once this one's batches are sent or judged.
    return evaluator.add(result.resources);
  };
  if (options.io) await loadInProcess(found.inputs, options.io, settings, onLoaded);
  else await loadIsolated(found.inputs, settings, { timeoutMs: options.inputTimeoutMs ?? DEFAULT_INPUT_TIMEOUT_MS, io: await withRealRoots({ roots, allowOutsideRoot }, cwd), workers: options.pool?.loaders ?? loadWorkers() }, onLoaded);
  const pulledIn = filesPulledIn(loadedInputs);
  for (const loadedInput of loadedInputs) {
    const { input, result } = loadedInput;
    if (input.kind !== 'compose' || pulledIn.has(input.files[0]!)) continue;
    await evaluator.add(result.resources);
    resourceCount += result.resources.length;
    loadedInput.result = retained(result, keepResources, inline);
  }
  const loaded = combine(loadedInputs);
  let linkIac: ((findings: Finding[]) => void) | undefined;
  if (options.aws) {
    // Imported only for a live scan: the SDK is not even loaded otherwise.
    const live = await import('./sources/aws/live.js');
    if (live.wanted(options.aws)) {
      const got = await live.loadLive(options.digests ? { ...options.aws, digests: true } : options.aws, cwd);
      if (got.read) for (const d of got.read) read.push(d);
      loaded.resources.push(...got.resources);
      loaded.errors.push(...got.errors);
      await evaluator.add(got.resources);
      inline?.add(got.resources);
      resourceCount += got.resources.length;
      // Live resources whose stack's template (or cdk.out) is in this scan point at its lines.
      const iac = await import('./sources/aws/iac-link.js');
      const links = iac.linkLiveToIac(loaded.resources);
      loaded.errors.push(...links.warnings);
      linkIac = (findings) => iac.attachIac(findings, links);
    }
  }
  const failures: BatchFailure[] = [...(await evaluator.end())];
  const errors = [...found.errors, ...loaded.errors];
  const customRules: Rule[] = [];
  const customMapped: MapOutcome[] = [];
  if (options.policies && options.policies.length > 0) {
    // Imported only when asked for: a scan without custom policies never looks for opa.
    const { loadCustomPolicies } = await import('./engine/custom.js');
    const custom = loadCustomPolicies(options.policies, { cwd, builtin: catalog.rules, ...(options.opaPath !== undefined ? { path: options.opaPath } : {}) });
    errors.push(...custom.errors);
    for (const bundle of custom.bundles) {
      try {
        const got = await evaluateBatches(loaded.resources, policyData, { ...options.engine, wasm: bundle.wasm });
        customMapped.push(findingMapper(configureRules(bundle.rules, options.rules))(got.results, loaded.resources));
        failures.push(...got.failures.map((f) => ({ ...f, message: `custom policies ${bundle.source}: ${f.message}` })));
        customRules.push(...bundle.rules);
      } catch (err) {
        errors.push({ file: bundle.source, level: 'error', message: `custom policies: policy.wasm is not a WebAssembly module this runtime can load (${String((err as Error).message).slice(0, 120)})` });
      }
    }
  }
  const configured = configureRules([...catalog.rules, ...customRules], options.rules);
  // A batch the engine failed on is an error for each of its inputs; the other batches still count.
  for (const f of failures) {
    const others = f.inputs.length > 1 ? `, with ${f.inputs.length - 1} other input${f.inputs.length > 2 ? 's' : ''}` : '';
    for (const file of f.inputs) {
      errors.push({ file, level: 'error', message: `evaluate policies: not judged: batch ${f.batch + 1} (${f.resources} resources${others}) failed: ${f.message}` });
    }
  }
  const mapped: MapOutcome = { findings: builtin.findings, problems: builtin.problems };
  for (const m of customMapped) {
    mapped.findings.push(...m.findings);
    mapped.problems.push(...m.problems);
  }
  // Stable: findings that compare equal keep the engine's order, batch by batch.
  mapped.findings.sort(compareFindings);
  linkIac?.(mapped.findings);
  for (const p of mapped.problems) errors.push({ file: 'policies', level: 'warning', message: p });
  const io = options.io ?? nodeIO(undefined, cwd, { roots, allowOutsideRoot });
  const governed = govern(dropDisabled(mapped.findings, options.rules), {
    resources: inline ?? [],
    composeTexts: inline ? await composeTexts(inline.composeFiles, mapped.findings, io) : new Map(),
    inlineSuppressions: options.inlineSuppressions,
    waivers: options.waivers,
    baseline: options.baseline,
    now: options.now ?? new Date(),
  });
  errors.push(...governed.errors);
  const redact = redactor(options.env);
  const findings = redact.findings(governed.findings);
  const reported = redact.errors(errors);
  const rules = enabledRules(configured, options.rules);
  const summary = summarize(found.inputs.length, resourceCount, findings, reported);
  const live = liveScope(loaded.resources);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'palisade', version: VERSION },
    findings,
    errors: reported,
    rules,
    inputs: found.inputs,
    summary: governed.counts ? { ...summary, baseline: governed.counts } : summary,
    missing: found.missing,
    skipped: found.skipped,
    ...(governed.fixed ? { fixed: governed.fixed } : {}),
    ...(live ? { live } : {}),
    ...(options.digests ? { read } : {}),
  };
}

/** Findings collected batch by batch (see Evaluator), unsorted. */
function mapInto(rules: Rule[]): MapOutcome & { add: (results: RawResult[], judged: Resource[]) => void } {
  const map = findingMapper(rules);
  const findings: Finding[] = [];
  const problems: string[] = [];
  const add = (results: RawResult[], judged: Resource[]): void => {
    const m = map(results, judged);
    for (const f of m.findings) findings.push(f);
    for (const p of m.problems) problems.push(p);
  };
  return { findings, problems, add };
}

function excluded(path: string, globs: string[]): boolean {
  return globs.some((g) => globMatch(g, path, { slash: true }) || globMatch(`${g.replace(/\/+$/, '')}/**`, path, { slash: true }));
}

/**
 * A loaded input as the scan keeps it once its resources are judged: its errors, and its
 * resources only when something after evaluation reads them all (or one is live: liveScope).
 * What inline suppressions need of them goes to `inline` first.
 */
function retained(result: LoadResult, keep: boolean, inline: InlineIndex | undefined): LoadResult {
  inline?.add(result.resources);
  if (keep || result.resources.some((r) => r.provenance.kind === 'cloud')) return result;
  return { resources: [], errors: result.errors };
}

/** The Compose files with services in the scan, and those findings point into, for their `# palisade:ignore` comments. */
async function composeTexts(composeFiles: Set<string>, findings: Finding[], io: SourceIO): Promise<Map<string, string>> {
  const files = new Set(composeFiles);
  for (const f of findings) if (f.source === 'compose' && f.location) files.add(f.location.file);
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = await io.readText(file);
    if (!isInputError(text)) texts.set(file, text);
  }
  return texts;
}
