/** `palisade scan`: flags -> scan -> formats -> exit code from the results. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scan, type ScanResult } from '../scan.js';
import { parseConfig, CONFIG_NAMES, type Config } from '../config/load.js';
import { loadCatalog } from '../engine/catalog.js';
import { formatConsole } from '../report/console.js';
import { formatters, type Format } from '../report/index.js';
import { atOrAbove, SEVERITIES, type Severity } from '../findings/types.js';
import { EXIT, UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';
import type { LiveOptions } from '../sources/aws/live.js';
import { progressSink } from './progress.js';

export interface ScanFlags {
  json?: string;
  sarif?: string;
  failOn?: string;
  requiredTags?: string;
  config?: string;
  quiet?: boolean;
  color?: boolean;
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
  if (result.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn))) return EXIT.findings;
  return EXIT.ok;
}

function readConfig(flags: ScanFlags, cwd: string): { config: Config; file?: string } {
  const file = flags.config ?? CONFIG_NAMES.find((n) => existsSync(join(cwd, n)));
  if (!file) return { config: {} };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read the configuration file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const { config, errors } = parseConfig(file, text, loadCatalog().rules.map((r) => r.id));
  if (errors.length > 0) {
    throw new UsageError(errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'));
  }
  return { config, file };
}

function parseFailOn(value: string | undefined): Severity | 'none' | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'none' || (SEVERITIES as readonly string[]).includes(v)) return v as Severity | 'none';
  throw new UsageError(`--fail-on must be one of ${[...SEVERITIES, 'none'].join(', ')}, not '${value}'`);
}

export async function runScan(paths: string[], flags: ScanFlags, cwd = process.cwd()): Promise<Outcome> {
  const { config } = readConfig(flags, cwd);
  const failOn = parseFailOn(flags.failOn) ?? config.failOn ?? 'high';
  const requiredTags = flags.requiredTags !== undefined ? flags.requiredTags.split(',').map((t) => t.trim()).filter(Boolean) : (config.requiredTags ?? []);
  const aws = liveOptionsOf(flags, config);
  // A live scan reads no files unless paths are given (the IaC to link live resources to).
  const targets = paths.length > 0 ? paths : (config.paths ?? (aws ? [] : ['.']));
  if (aws && wantsNetwork(aws) && !flags.quiet) aws.progress = progressSink(process.stderr);

  const result = await scan({ paths: targets, requiredTags, rules: config.rules, cwd, ...(aws ? { aws } : {}) });
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((p) => `${p}: no such file or folder`).join('\n'));
  }

  const files: Outcome['files'] = [];
  let stdout = '';
  for (const format of ['json', 'sarif'] as Format[]) {
    const target = flags[format];
    if (!target) continue;
    const content = formatters[format](result);
    if (target === '-') stdout += content;
    else files.push({ path: target, content });
  }
  const summary = formatConsole(result, { color: flags.color ?? false, quiet: flags.quiet ?? false, failOn });
  // With a machine format on stdout, the human summary moves to stderr.
  return stdout
    ? outcome({ exitCode: exitCodeOf(result, failOn), stdout, stderr: summary, files })
    : outcome({ exitCode: exitCodeOf(result, failOn), stdout: summary, files });
}
