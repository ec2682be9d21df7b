/**
 * `palisade test --policies DIR`: runs the Rego tests of custom policies (`opa test`, with the
 * built-in helpers they import and the bundle's capabilities) on the opa from PATH, the version
 * the built-in rules are built with expected. Exit 0 when every test passes, 1 when one fails,
 * 3 when tests could not run (no opa, no tests, Rego that does not compile), 2 for bad flags.
 */
import { loadCatalog } from '../engine/catalog.js';
import { testCustomPolicies, type RegoTest, type RegoTestRun } from '../engine/custom.js';
import { EXIT, UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';
import { safeText } from '../report/text.js';

export interface TestFlags {
  policies?: string[];
  config?: string | false;
  run?: string;
  json?: boolean;
  verbose?: boolean;
}

const MARK: Record<RegoTest['outcome'], string> = { pass: 'ok   ', fail: 'FAIL ', error: 'ERROR', skip: 'skip ' };
const at = (t: { file: string; line?: number }) => `${t.file}${t.line !== undefined ? `:${t.line}` : ''}`;

/** The run as text: failing tests always, passing ones with --verbose; problems; a summary line. Pure. */
export function formatTestRun(r: RegoTestRun, verbose = false): { stdout: string; stderr: string } {
  const out: string[] = [];
  for (const t of r.tests) {
    if (t.outcome === 'pass' && !verbose) continue;
    // Names, files and opa's messages come from the user's files: one safe line each.
    out.push(safeText(`${MARK[t.outcome]} ${t.package}.${t.name}  ${at(t)}${t.message ? `: ${t.message}` : ''}`));
  }
  const n = (o: RegoTest['outcome']) => r.tests.filter((t) => t.outcome === o).length;
  const parts = [`${n('pass')} passed`, `${n('fail')} failed`, ...(n('error') ? [`${n('error')} errored`] : []), ...(n('skip') ? [`${n('skip')} skipped`] : [])];
  const errors = r.errors.filter((e) => e.level === 'error').length;
  out.push(`Rego tests: ${parts.join(', ')}${r.opa?.version ? ` (opa ${r.opa.version})` : ''}${errors ? `; incomplete: ${errors} error${errors === 1 ? '' : 's'}` : ''}`);
  const stderr = r.errors.map((e) => safeText(`palisade: ${e.level === 'warning' ? 'warning: ' : ''}${at(e)}: ${e.message}`)).join('\n');
  return { stdout: `${out.join('\n')}\n`, stderr: stderr ? `${stderr}\n` : '' };
}

export function exitCodeOfTests(r: RegoTestRun): number {
  if (r.errors.some((e) => e.level === 'error') || r.tests.length === 0) return EXIT.incomplete;
  return r.tests.some((t) => t.outcome === 'fail' || t.outcome === 'error') ? EXIT.findings : EXIT.ok;
}

export async function runTest(flags: TestFlags, cwd = process.cwd()): Promise<Outcome> {
  let paths = flags.policies ?? [];
  if (paths.length === 0) {
    const { readConfig, policyPaths } = await import('./scan.js');
    const { config, file } = await readConfig(flags, cwd);
    paths = policyPaths({}, config, file, cwd);
  }
  if (paths.length === 0) throw new UsageError('test: no custom policies: give --policies DIR (or policies: in the configuration)');
  if (flags.run !== undefined) {
    try {
      new RegExp(flags.run);
    } catch {
      throw new UsageError(`test: --run ${JSON.stringify(flags.run.slice(0, 60))} is not a regular expression`);
    }
  }
  const result = testCustomPolicies(paths, { cwd, pinned: loadCatalog().opaVersion, ...(flags.run !== undefined ? { run: flags.run } : {}) });
  if (result.tests.length === 0 && result.errors.every((e) => e.level !== 'error')) {
    result.errors.push({ file: paths.join(', '), level: 'error', message: flags.run ? `custom policies: no test matches --run ${flags.run}` : 'custom policies: no test ran' });
  }
  const exitCode = exitCodeOfTests(result);
  if (flags.json) return outcome({ exitCode, stdout: `${JSON.stringify(result, null, 2)}\n` });
  return outcome({ exitCode, ...formatTestRun(result, flags.verbose) });
}
