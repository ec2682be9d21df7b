/** The report files a command writes (scan, report, merge): one flag per format, `-` for stdout. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ScanResult } from '../findings/result.js';
import { FORMATS, formatters, type Format } from '../report/index.js';
import { readReport } from '../report/read.js';
import { jsonChunks } from '../report/json.js';
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
    // The JSON report to a file is written as it is formatted (W1 x5's is 300 MB of text).
    if (format === 'json' && target !== '-') {
      files.push({ path: target, content: () => jsonChunks(result) });
      continue;
    }
    const content = formatters[format](result, previous ? { previous } : {});
    if (target === '-') stdout += content;
    else files.push({ path: target, content });
  }
  return { files, stdout };
}

/** The flags whose values are files or folders. */
const PATH_FLAGS = new Set(['json', 'sarif', 'html', 'markdown', 'compare', 'config', 'baseline', 'envFile', 'awsAccounts', 'awsConfigSnapshot', 'awsIamSnapshot']);

/**
 * A path for the evidence record: relative to the scan root (the working directory) when it is
 * inside it, so the record is the same on every machine; a path outside stays as given.
 */
export function evidencePath(path: string, cwd: string): string {
  if (path === '-' || !isAbsolute(path)) return path;
  const rel = relative(resolve(cwd), path);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}

/** The options a command ran with, as given (paths inside the root made relative), for the evidence record. */
export function givenOptions(flags: Record<string, unknown>, cwd = process.cwd()): Record<string, string | boolean | string[]> {
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
    const path = (v: string) => (PATH_FLAGS.has(key) ? evidencePath(v, cwd) : v);
    if (typeof value === 'string') options[flag] = path(value);
    else if (typeof value === 'boolean') options[flag] = value;
    else if (Array.isArray(value)) options[flag] = value.map((v) => path(String(v)));
  }
  return options;
}
