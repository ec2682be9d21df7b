/** `palisade scan`: flags -> scan -> formats -> exit code from the results. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { scan } from '../scan.js';
import type { ScanResult } from '../findings/result.js';
import type { Config } from '../config/load.js';
import { CONFIG_NAMES } from '../config/names.js';
import { loadCatalog } from '../engine/catalog.js';
import { formatConsole } from '../report/console.js';
import { atOrAbove, isActive, SEVERITIES, type Severity } from '../findings/types.js';
import type { Input } from '../sources/discover.js';
import { parseBaseline, type BaselineEntry } from '../findings/baseline.js';
import type { OutputFlags } from './outputs.js';
import { EXIT, UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';
import { parseEnvFile } from '../sources/compose/envfile.js';
import type { LiveOptions } from '../sources/aws/live.js';
import { progressSink } from './progress.js';

export interface ScanFlags {
  json?: string;
  sarif?: string;
  html?: string;
  markdown?: string;
  /** A previous JSON report, for the HTML trend. */
  compare?: string;
  failOn?: string;
  requiredTags?: string;
  /** A file, or false (--no-config) to ignore any configuration file. */
  config?: string | false;
  quiet?: boolean;
  color?: boolean;
  /** `KEY=VALUE` variables for Compose interpolation (--env, repeatable). */
  env?: string[];
  /** Env files of variables for Compose interpolation (--env-file, repeatable). */
  envFile?: string[];
  /** Let Compose interpolation read the process environment (local use only). */
  useProcessEnv?: boolean;
  /** Permit reads outside the scan root (env_file, extends, include, symlinks). */
  allowOutsideRoot?: boolean;
  baseline?: string;
  /** false with --no-inline-suppressions. */
  inlineSuppressions?: boolean;
  exclude?: string[];
  /** The clock for waivers (tests). */
  now?: Date;
  /** Set by --staged: which discovered inputs to scan. */
  inputFilter?: (input: Input) => boolean;
  /** Framework packs (rules/packs/); none: every rule. */
  pack?: string[];
  aws?: boolean;
  awsRegions?: string;
  awsProfile?: string;
  awsRoleArn?: string[];
  awsExternalId?: string;
  awsAccounts?: string;
  awsAggregator?: string;
  awsAggregatorRegion?: string;
  awsConfigSnapshot?: string;
  awsIamSnapshot?: string;
  /** Custom policy folders or bundles (--policies, repeatable). */
  policies?: string[];
}

const wantsNetwork = (o: LiveOptions) => o.enabled || (o.roleArns?.length ?? 0) > 0 || !!o.accountsFile || !!o.aggregator;

/** The live scan's options: flags over the configuration file's `aws:` section. */
export function liveOptionsOf(flags: ScanFlags, config: Config): LiveOptions | undefined {
  const c = config.aws ?? {};
  const regionsFlag = flags.awsRegions?.trim();
  const regions = regionsFlag === undefined ? c.regions : regionsFlag === 'all' ? 'all' : regionsFlag.split(',').map((r) => r.trim()).filter(Boolean);
  if (Array.isArray(regions)) {
    for (const r of regions) if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r)) throw new UsageError(`--aws-regions: '${r.slice(0, 40)}' is not a region name (e.g. us-east-1), nor 'all'`);
  }
  const o: LiveOptions = {
    enabled: flags.aws ?? c.enabled ?? false,
    ...(regions !== undefined ? { regions } : {}),
    ...((flags.awsProfile ?? c.profile) ? { profile: flags.awsProfile ?? c.profile } : {}),
    ...((flags.awsRoleArn ?? c.roleArns) ? { roleArns: flags.awsRoleArn ?? c.roleArns } : {}),
    ...((flags.awsExternalId ?? c.externalId) ? { externalId: flags.awsExternalId ?? c.externalId } : {}),
    ...((flags.awsAccounts ?? c.accountsFile) ? { accountsFile: flags.awsAccounts ?? c.accountsFile } : {}),
    ...((flags.awsAggregator ?? c.aggregator) ? { aggregator: flags.awsAggregator ?? c.aggregator } : {}),
    ...((flags.awsAggregatorRegion ?? c.aggregatorRegion) ? { aggregatorRegion: flags.awsAggregatorRegion ?? c.aggregatorRegion } : {}),
  };
  if (flags.awsConfigSnapshot) o.configSnapshot = flags.awsConfigSnapshot;
  if (flags.awsIamSnapshot) o.iamSnapshot = flags.awsIamSnapshot;
  const live = !!o.configSnapshot || !!o.iamSnapshot || o.enabled || (o.roleArns?.length ?? 0) > 0 || !!o.accountsFile || !!o.aggregator;
  if (!live) {
    const stray = (['awsRegions', 'awsProfile', 'awsExternalId', 'awsAggregatorRegion'] as const).find((k) => flags[k] !== undefined);
    if (stray) throw new UsageError(`--${stray.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)} needs a live scan: add --aws (or --aws-role-arn, --aws-accounts, --aws-aggregator)`);
    return undefined;
  }
  return o;
}

/** Exit code: usage (2) beats an incomplete scan (3), which beats findings (1). */
export function exitCodeOf(result: ScanResult, failOn: Severity | 'none'): number {
  if (result.missing.length > 0) return EXIT.usage;
  if (result.errors.some((e) => e.level === 'error')) return EXIT.incomplete;
  if (result.findings.some((f) => isActive(f) && atOrAbove(f.severity, failOn))) return EXIT.findings;
  return EXIT.ok;
}

/** The configuration file, if any; its parser and validator are loaded only when there is one. */
export async function readConfig(flags: Pick<ScanFlags, 'config'>, cwd: string): Promise<{ config: Config; file?: string }> {
  if (flags.config === false) return { config: {} };
  const file = flags.config ?? CONFIG_NAMES.find((n) => existsSync(join(cwd, n)));
  if (!file) return { config: {} };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read the configuration file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const { parseConfig } = await import('../config/load.js');
  const { config, errors } = parseConfig(file, text, loadCatalog().rules.map((r) => r.id));
  if (errors.length > 0) {
    throw new UsageError(errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'));
  }
  return { config, file };
}

async function packSettings(names: string[], settings: Config['rules']): Promise<Config['rules']> {
  if (names.length === 0) return settings;
  const { loadPacks, withPacks } = await import('../findings/packs.js');
  return withPacks(loadCatalog().rules, loadPacks(names), settings);
}

export function parseFailOn(value: string | undefined): Severity | 'none' | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'none' || (SEVERITIES as readonly string[]).includes(v)) return v as Severity | 'none';
  throw new UsageError(`--fail-on must be one of ${[...SEVERITIES, 'none'].join(', ')}, not '${value}'`);
}

/**
 * The variables Compose interpolation may read: only what the user gave (the process
 * environment only with --use-process-env), later flags winning. Env files given here are the
 * user's own: their values are taken literally, never interpolated.
 */
export function interpolationEnv(flags: ScanFlags, cwd: string, processEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  if (flags.useProcessEnv) for (const [k, v] of Object.entries(processEnv)) if (v !== undefined) env[k] = v;
  for (const file of flags.envFile ?? []) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, file), 'utf8');
    } catch (err) {
      throw new UsageError(`--env-file ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const parsed = parseEnvFile(text);
    if (parsed.problems.length > 0) throw new UsageError(`--env-file ${file}:${parsed.problems[0]!.line}: ${parsed.problems[0]!.message}`);
    for (const e of parsed.entries) {
      const v = e.value ?? processEnv[e.name];
      if (v !== undefined && (e.value !== null || flags.useProcessEnv)) env[e.name] = v;
    }
  }
  for (const pair of flags.env ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--env must be KEY=VALUE, not '${pair.split('=')[0]}'`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

function readBaseline(file: string, cwd: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read the baseline (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const parsed = parseBaseline(text);
  if ('error' in parsed) throw new UsageError(`${file}: baseline: ${parsed.error}`);
  return parsed.entries;
}

export interface FlaggedScan {
  result: ScanResult;
  failOn: Severity | 'none';
  config: Config;
  /** What was scanned: the paths given, else the configuration's, else the current folder. */
  targets: string[];
}

/**
 * Configuration file + flags (flags win) -> the scan result. Shared by the CLI and the Action.
 * `evidence`: an evidence record will be made (default: when a report is to be written), so the
 * files are hashed as they are read (ScanOptions.digests).
 */
export async function scanWithFlags(paths: string[], flags: ScanFlags, cwd = process.cwd(), { evidence }: { evidence?: boolean } = {}): Promise<FlaggedScan> {
  const { config, file: configFile } = await readConfig(flags, cwd);
  const digests = evidence ?? Object.values({ ...config.outputs, ...definedOutputs(flags) }).some((target) => target);
  const failOn = parseFailOn(flags.failOn) ?? config.failOn ?? 'high';
  const listed = flags.requiredTags !== undefined ? flags.requiredTags.split(',').map((t) => t.trim()).filter(Boolean) : (config.requiredTags ?? []);
  const requiredTags = [...new Set([...listed, ...(config.tags?.required ?? [])])];
  const { required: _required, ...tags } = config.tags ?? {};
  const aws = liveOptionsOf(flags, config);
  // A live scan reads no files unless paths are given (the IaC to link live resources to).
  const targets = paths.length > 0 ? paths : (config.paths ?? (aws ? [] : ['.']));
  if (aws && wantsNetwork(aws) && !flags.quiet) aws.progress = progressSink(process.stderr);
  const baselineFile = flags.baseline ?? config.baseline;
  const rules = await packSettings(flags.pack ?? config.packs ?? [], config.rules);
  const policies = policyPaths(flags, config, configFile, cwd);
  const result = await scan({
    paths: targets,
    requiredTags,
    rules,
    cwd,
    env: interpolationEnv(flags, cwd),
    allowOutsideRoot: flags.allowOutsideRoot ?? false,
    exclude: [...(config.exclude ?? []), ...(flags.exclude ?? [])],
    waivers: config.waivers ?? [],
    inlineSuppressions: flags.inlineSuppressions === false ? false : (config.inlineSuppressions ?? true),
    ...(baselineFile ? { baseline: readBaseline(baselineFile, cwd) } : {}),
    ...(flags.now ? { now: flags.now } : {}),
    ...(flags.inputFilter ? { inputFilter: flags.inputFilter } : {}),
    ...(aws ? { aws } : {}),
    ...(policies.length > 0 ? { policies } : {}),
    ...(Object.keys(tags).length > 0 ? { tags } : {}),
    ...(digests ? { digests } : {}),
  });
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((p) => `${p}: no such file or folder`).join('\n'));
  }
  return { result, failOn, config, targets };
}

function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Custom policy folders: the flags' as given, the configuration's relative to its file and, like
 * every other read a repository controls, inside the working directory (the scan root) unless
 * --allow-outside-root.
 */
export function policyPaths(flags: Pick<ScanFlags, 'policies' | 'allowOutsideRoot'>, config: Config, configFile: string | undefined, cwd: string): string[] {
  if (flags.policies && flags.policies.length > 0) return flags.policies;
  const base = configFile ? dirname(resolve(cwd, configFile)) : cwd;
  return (config.policies ?? []).map((p) => {
    const abs = resolve(base, p);
    if (!flags.allowOutsideRoot && !isInside(cwd, abs)) throw new UsageError(`${configFile ?? 'configuration'}: policies: ${p} is outside the working directory (--allow-outside-root lifts this)`);
    return relative(cwd, abs) || '.';
  });
}

/** The report targets given as flags (they win over the configuration's `outputs`). */
function definedOutputs(flags: ScanFlags): OutputFlags {
  const out: OutputFlags = {};
  for (const key of ['json', 'sarif', 'html', 'markdown', 'compare'] as const) if (flags[key] !== undefined) out[key] = flags[key];
  return out;
}

export async function runScan(paths: string[], flags: ScanFlags, cwd = process.cwd()): Promise<Outcome> {
  return reportScan(await scanWithFlags(paths, flags, cwd), flags, cwd);
}

/** A finished scan -> its reports, console summary and exit code. */
export async function reportScan({ result, failOn, config, targets }: FlaggedScan, flags: ScanFlags, cwd = process.cwd()): Promise<Outcome> {
  const outputs: OutputFlags = { ...config.outputs, ...definedOutputs(flags) };
  let files: Outcome['files'] = [];
  let stdout = '';
  // The report writers (and the evidence only they print) are loaded when a report is asked for:
  // a console-only scan (the pre-commit hook) never loads them.
  if (Object.values(outputs).some((target) => target)) {
    const [{ gatherEvidence }, { evidencePath, givenOptions, renderOutputs }] = await Promise.all([import('./evidence.js'), import('./outputs.js')]);
    result.evidence = [gatherEvidence(result, { name: 'scan', paths: targets.map((t) => evidencePath(t, cwd)), options: givenOptions(flags as Record<string, unknown>, cwd) }, {
      cwd,
      snapshots: [flags.awsConfigSnapshot, flags.awsIamSnapshot].filter((p): p is string => !!p).map((p) => evidencePath(p, cwd)),
    })];
    ({ files, stdout } = renderOutputs(result, outputs, cwd));
  }
  const summary = formatConsole(result, { color: flags.color ?? false, quiet: flags.quiet ?? false, failOn });
  // With a machine format on stdout, the human summary moves to stderr.
  return stdout
    ? outcome({ exitCode: exitCodeOf(result, failOn), stdout, stderr: summary, files })
    : outcome({ exitCode: exitCodeOf(result, failOn), stdout: summary, files });
}
