#!/usr/bin/env node
/** Commands and flags only; the one place that writes output files and exits. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, CommanderError } from 'commander';
import { VERSION } from './version.js';
import { EXIT, UsageError } from './errors.js';
import type { Outcome } from './commands/outcome.js';

/** Writes a command's outcome. A report that cannot be written is a usage error (exit 2). */
function emit(o: Outcome): void {
  let writeFailed = false;
  for (const f of o.files) {
    try {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.content);
    } catch (err) {
      process.stderr.write(`palisade: write ${f.path}: ${(err as Error).message}\n`);
      writeFailed = true;
    }
  }
  if (o.stdout) process.stdout.write(o.stdout);
  if (o.stderr) process.stderr.write(o.stderr);
  process.exitCode = writeFailed ? EXIT.usage : o.exitCode;
}

const program = new Command()
  .name('palisade')
  .description('Policy and compliance scanner for Docker Compose, AWS CDK/CloudFormation and live AWS configuration.')
  .version(VERSION, '-v, --version')
  .exitOverride()
  .showHelpAfterError();

program
  .command('scan')
  .description('Scan files and folders (Compose files, CloudFormation templates, cdk.out); default: the current folder')
  .argument('[paths...]', 'files or folders to scan')
  .option('--json <file>', 'write the JSON report to a file (- for stdout)')
  .option('--sarif <file>', 'write the SARIF 2.1.0 report to a file (- for stdout)')
  .option('--html <file>', 'write the HTML governance report to a file')
  .option('--markdown <file>', 'write a Markdown summary (PR comments, job summaries) to a file (- for stdout)')
  .option('--compare <file>', 'a previous JSON report: the HTML report shows new, fixed and unchanged findings')
  .option('--fail-on <severity>', 'exit 1 when a finding is at or above: critical, high, medium, low, info, none (default: high)')
  .option('--required-tags <keys>', 'comma-separated tags/labels every resource must carry')
  .option('--config <file>', 'configuration file (default: .palisade.yaml in the current folder, if any)')
  .option('-q, --quiet', 'print only the summary line and input errors')
  .option('--color', 'color the console summary (default: when stdout is a terminal)')
  .option('--no-color', 'never color the console summary')
  .action(async (paths: string[], flags) => {
    const { runScan } = await import('./commands/scan.js');
    const color = flags.color ?? (process.stdout.isTTY && !process.env.NO_COLOR);
    emit(await runScan(paths, { ...flags, color }));
  });

program
  .command('report')
  .description('Re-render a JSON report in any format')
  .argument('<report>', 'a JSON report written by palisade scan --json')
  .option('--json <file>', 'write the JSON report (- for stdout)')
  .option('--sarif <file>', 'write SARIF 2.1.0 (- for stdout)')
  .option('--html <file>', 'write the HTML governance report')
  .option('--markdown <file>', 'write the Markdown summary (- for stdout)')
  .option('--compare <file>', 'a previous JSON report, for the HTML trend')
  .action(async (file: string, flags) => {
    const { runReport } = await import('./commands/report.js');
    emit(runReport(file, flags));
  });

program
  .command('merge')
  .description('Merge JSON reports from shards into one, de-duplicated by fingerprint')
  .argument('<reports...>', 'JSON reports written by palisade scan --json')
  .option('--json <file>', 'write the merged JSON report (- for stdout)')
  .option('--sarif <file>', 'write SARIF 2.1.0 (- for stdout)')
  .option('--html <file>', 'write the HTML governance report')
  .option('--markdown <file>', 'write the Markdown summary (- for stdout)')
  .option('--compare <file>', 'a previous JSON report, for the HTML trend')
  .action(async (files: string[], flags) => {
    const { runMerge } = await import('./commands/merge.js');
    emit(runMerge(files, flags));
  });

program
  .command('rules')
  .description('List the rules')
  .option('--json', 'print the catalog as JSON')
  .action(async (flags) => {
    const { runRules } = await import('./commands/rules.js');
    emit(runRules(flags));
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; bad flags are usage errors.
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (err instanceof UsageError) {
    process.stderr.write(`palisade: ${err.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`palisade: internal error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = EXIT.usage;
  }
}
