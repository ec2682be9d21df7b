/** `palisade scan`: flags -> scan -> formats -> exit code from the results. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scan } from '../scan.js';
import type { ScanResult } from '../findings/result.js';
import { parseConfig, CONFIG_NAMES, type Config } from '../config/load.js';
import { loadCatalog } from '../engine/catalog.js';
import { formatConsole } from '../report/console.js';
import { gatherEvidence } from './evidence.js';
import { givenOptions, renderOutputs } from './outputs.js';
import { atOrAbove, SEVERITIES, type Severity } from '../findings/types.js';
import { EXIT, UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';

export interface ScanFlags {
  json?: string;
  sarif?: string;
  html?: string;
  markdown?: string;
  /** A previous JSON report, for the HTML trend. */
  compare?: string;
  failOn?: string;
  requiredTags?: string;
  config?: string;
  quiet?: boolean;
  color?: boolean;
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
  const targets = paths.length > 0 ? paths : (config.paths ?? ['.']);

  const result = await scan({ paths: targets, requiredTags, rules: config.rules, cwd });
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((p) => `${p}: no such file or folder`).join('\n'));
  }

  result.evidence = [gatherEvidence(result, { name: 'scan', paths: targets, options: givenOptions(flags as Record<string, unknown>) }, { cwd })];
  const { files, stdout } = renderOutputs(result, flags, cwd);
  const summary = formatConsole(result, { color: flags.color ?? false, quiet: flags.quiet ?? false, failOn });
  // With a machine format on stdout, the human summary moves to stderr.
  return stdout
    ? outcome({ exitCode: exitCodeOf(result, failOn), stdout, stderr: summary, files })
    : outcome({ exitCode: exitCodeOf(result, failOn), stdout: summary, files });
}
