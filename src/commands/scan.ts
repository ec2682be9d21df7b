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

export interface ScanFlags {
  json?: string;
  sarif?: string;
  failOn?: string;
  requiredTags?: string;
  config?: string;
  quiet?: boolean;
  color?: boolean;
  /** Framework packs (rules/packs/); none: every rule. */
  pack?: string[];
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

async function packSettings(names: string[], settings: Config['rules']): Promise<Config['rules']> {
  if (names.length === 0) return settings;
  const { loadPacks, withPacks } = await import('../findings/packs.js');
  return withPacks(loadCatalog().rules, loadPacks(names), settings);
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
  const targets = paths.length > 0 ? paths : (config.paths ?? ['.']);

  const rules = await packSettings(flags.pack ?? [], config.rules);
  const result = await scan({ paths: targets, requiredTags, rules, cwd });
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
