/** The report files a command writes (scan, report, merge): one flag per format, `-` for stdout. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScanResult } from '../findings/result.js';
import { FORMATS, formatters, type Format } from '../report/index.js';
import { readReport } from '../report/read.js';
import { loadCatalog } from '../engine/catalog.js';
import { UsageError } from '../errors.js';
import type { Outcome } from './outcome.js';

export type OutputFlags = Partial<Record<Format, string>> & { compare?: string };

/** Reads a JSON report given on the command line; a bad one is a usage error naming the file. */
export function readReportFile(file: string, cwd: string): ScanResult {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read the report (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const read = readReport(text, loadCatalog().rules);
  if (read.error !== undefined) throw new UsageError(`${file}: ${read.error}`);
  return read.result;
}

export function renderOutputs(result: ScanResult, flags: OutputFlags, cwd: string): { files: Outcome['files']; stdout: string } {
  const previous = flags.compare ? readReportFile(flags.compare, cwd) : undefined;
  const files: Outcome['files'] = [];
  let stdout = '';
  for (const format of FORMATS) {
    const target = flags[format];
    if (!target) continue;
    const content = formatters[format](result, previous ? { previous } : {});
    if (target === '-') stdout += content;
    else files.push({ path: target, content });
  }
  return { files, stdout };
}

/** The options a command ran with, as given, for the evidence record. */
export function givenOptions(flags: Record<string, unknown>): Record<string, string | boolean | string[]> {
  const options: Record<string, string | boolean | string[]> = {};
  for (const [key, value] of Object.entries(flags).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (key === 'color' || value === undefined || value === false) continue;
    // --env values come from outside the repository and may be secrets: only their names are kept.
    if (key === 'env' && Array.isArray(value)) {
      if (value.length > 0) options.env = value.map((v) => `${String(v).split('=')[0]}=[redacted]`);
      continue;
    }
    if (Array.isArray(value) && value.length === 0) continue;
    const flag = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (typeof value === 'string' || typeof value === 'boolean') options[flag] = value;
    else if (Array.isArray(value)) options[flag] = value.map(String);
  }
  return options;
}
