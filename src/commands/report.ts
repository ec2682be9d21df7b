/** `palisade report results.json --html out.html ...`: re-renders any format from a JSON report. */
import { formatConsole } from '../report/console.js';
import { UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';
import { readReportFile, renderOutputs, type OutputFlags } from './outputs.js';

export function runReport(file: string, flags: OutputFlags, cwd = process.cwd()): Outcome {
  if (!flags.json && !flags.sarif && !flags.html && !flags.markdown) throw new UsageError('report: give at least one of --json, --sarif, --html, --markdown');
  const result = readReportFile(file, cwd);
  const { files, stdout } = renderOutputs(result, flags, cwd);
  return outcome({ stdout, stderr: stdout ? '' : formatConsole(result, { quiet: true }), files });
}
