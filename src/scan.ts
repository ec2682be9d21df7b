/**
 * The scan pipeline: discover -> load -> evaluate -> findings. No console, no output files:
 * the result is data that the reporters format and the CLI writes.
 */
import type { InputError, LoadResult, Resource } from './model/resource.js';
import { discover, type Input } from './sources/discover.js';
import { nodeIO, type SourceIO } from './sources/io.js';
import { loadCompose } from './sources/compose/index.js';
import { loadCloudFormationFile } from './sources/cloudformation/file.js';
import { loadCdkAssembly } from './sources/cdk/index.js';
import { evaluate } from './engine/evaluate.js';
import { loadCatalog } from './engine/catalog.js';
import { toFindings } from './findings/map.js';
import { configureRules, dropDisabled, enabledRules, type RuleSettings } from './findings/settings.js';
import { SCHEMA_VERSION, summarize, type ScanResult } from './findings/result.js';
import { VERSION } from './version.js';

export { SCHEMA_VERSION, summarize, type ScanResult, type ScanSummary } from './findings/result.js';

export interface ScanOptions {
  paths: string[];
  requiredTags: string[];
  rules?: RuleSettings;
  cwd?: string;
  io?: SourceIO;
  /** Variables for Compose interpolation; the process environment by default, as docker compose. */
  env?: Record<string, string | undefined>;
}

interface LoadSettings {
  cwd: string;
  env?: Record<string, string | undefined>;
}

async function loadInput(input: Input, io: SourceIO, { cwd, env }: LoadSettings): Promise<LoadResult> {
  switch (input.kind) {
    case 'compose':
      return loadCompose(input.files, io, env ? { env } : {});
    case 'cloudformation':
      return loadCloudFormationFile(input.file, io);
    case 'cdk':
      return loadCdkAssembly(input.dir, io, { cwd });
  }
}

function inputName(input: Input): string {
  return input.kind === 'compose' ? input.files[0]! : input.kind === 'cdk' ? input.dir : input.file;
}

export async function loadAll(inputs: Input[], io: SourceIO, settings: LoadSettings = { cwd: process.cwd() }): Promise<LoadResult> {
  const loaded: Array<{ input: Input; result: LoadResult }> = [];
  for (const input of inputs) {
    try {
      loaded.push({ input, result: await loadInput(input, io, settings) });
    } catch (err) {
      // A loader bug must not lose the rest of the scan.
      const error: InputError = { file: inputName(input), level: 'error', message: `load ${input.kind}: internal error: ${(err as Error).message}` };
      loaded.push({ input, result: { resources: [], errors: [error] } });
    }
  }
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
  const io = options.io ?? nodeIO(undefined, cwd);
  const found = await discover(options.paths, cwd);
  const loaded = await loadAll(found.inputs, io, { cwd, ...(options.env ? { env: options.env } : {}) });
  const errors = [...found.errors, ...loaded.errors];
  const catalog = loadCatalog();
  const configured = configureRules(catalog.rules, options.rules);
  const raw = await evaluate(loaded.resources, { required_tags: options.requiredTags });
  const mapped = toFindings(raw, configured, loaded.resources);
  for (const p of mapped.problems) errors.push({ file: 'policies', level: 'warning', message: p });
  const findings = dropDisabled(mapped.findings, options.rules);
  const rules = enabledRules(configured, options.rules);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'palisade', version: VERSION },
    findings,
    errors,
    rules,
    inputs: found.inputs,
    summary: summarize(found.inputs.length, loaded.resources.length, findings, errors),
    missing: found.missing,
  };
}
