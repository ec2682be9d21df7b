/**
 * Every output a scan produces, rendered from one result: the console summary and each format
 * behind `formatters` (a format added there is checked by every no-leak test automatically).
 * Also runs the built CLI with a chosen environment and collects its files and streams.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { ScanResult } from '../../src/scan.js';
import { formatConsole } from '../../src/report/console.js';
import { formatters, type Format } from '../../src/report/index.js';
import { CLI, ROOT } from './cli.js';

/** Every rendering of a result, by name. */
export function renderAll(result: ScanResult): Record<string, string> {
  const out: Record<string, string> = { console: formatConsole(result, { color: false }) };
  for (const [name, format] of Object.entries(formatters)) out[name] = format(result);
  return out;
}

export interface CliOutputs {
  status: number;
  /** stdout, stderr and every report file, by name. */
  outputs: Record<string, string>;
}

/** The CLI with every report format written to a file, under exactly `env` (plus PATH). */
export function cliOutputs(args: string[], env: Record<string, string> = {}, cwd = ROOT): CliOutputs {
  const out = mkdtempSync(join(tmpdir(), 'palisade-out-'));
  const formats = Object.keys(formatters) as Format[];
  const reportArgs = formats.flatMap((f) => [`--${f}`, join(out, `report.${f}`)]);
  const r = spawnSync(process.execPath, [CLI, ...args, ...reportArgs], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
  });
  const outputs: Record<string, string> = { stdout: r.stdout, stderr: r.stderr };
  for (const f of formats) {
    try {
      outputs[f] = readFileSync(join(out, `report.${f}`), 'utf8');
    } catch {
      outputs[f] = '';
    }
  }
  return { status: r.status ?? -1, outputs };
}

/** No output contains any of `secrets` (nor its JSON-escaped form). */
export function assertNoLeak(outputs: Record<string, string>, secrets: string[]): void {
  for (const [name, text] of Object.entries(outputs)) {
    for (const s of secrets) {
      const escaped = JSON.stringify(s).slice(1, -1);
      assert.ok(!text.includes(s) && !text.includes(escaped), `${name} contains the secret ${JSON.stringify(s)}:\n${text.slice(0, 4000)}`);
    }
  }
}
