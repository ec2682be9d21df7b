#!/usr/bin/env node
/** Commands and flags only; the one place that writes output files and exits. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
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
      if (typeof f.content === 'string') writeFileSync(f.path, f.content);
      else writeChunks(f.path, f.content());
    } catch (err) {
      process.stderr.write(`palisade: write ${f.path}: ${(err as Error).message}\n`);
      writeFailed = true;
    }
  }
  if (o.stdout) process.stdout.write(o.stdout);
  if (o.stderr) process.stderr.write(o.stderr);
  process.exitCode = writeFailed ? EXIT.usage : o.exitCode;
}

/** Writes chunks of text to a file, gathered into writes of about a megabyte. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  const flush = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    // A write may be partial; carry on from where it stopped, as writeFileSync does.
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
  };
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 1 << 20) {
        flush(pending);
        pending = '';
      }
    }
    if (pending) flush(pending);
  } finally {
    closeSync(fd);
  }
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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
  .option('--env <KEY=VALUE>', 'a variable for Compose interpolation (repeatable); redacted from every output', collect, [])
  .option('--env-file <file>', 'a file of KEY=VALUE variables for Compose interpolation (repeatable); redacted from every output', collect, [])
  .option('--use-process-env', 'let Compose interpolation read the process environment (local use; never on untrusted pull requests)')
  .option('--allow-outside-root', 'let env_file, extends, include and symlinks read files outside the scan root')
  .option('--no-config', 'ignore any configuration file (for untrusted pull requests)')
  .option('--baseline <file>', 'a previous JSON report: findings it holds are existing and do not fail the scan')
  .option('--no-inline-suppressions', 'ignore inline suppressions (comments, template Metadata); only waivers count')
  .option('--exclude <glob>', 'do not scan files matching the glob (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
  .option('--staged', 'scan only the Compose and CloudFormation files staged in git (their staged content), plus cdk.out')
  .option('--pack <name>', 'only the rules of a framework pack, re-weighted by it: cis-aws, nist-800-53, soc2, pci-dss, fsbp (repeatable, or comma-separated; default: all rules)', (v: string, prev: string[] = []) => [...prev, ...v.split(',')])
  .option('--policies <dir>', 'custom Rego policies: a folder of .rego files (compiled with opa from PATH), or a prebuilt wasm bundle (.tar.gz, or a folder with policy.wasm); repeatable', collect, [])
  .option('-q, --quiet', 'print only the summary line and input errors')
  .option('--color', 'color the console summary (default: when stdout is a terminal)')
  .option('--no-color', 'never color the console summary')
  .option('--aws', 'also scan the live AWS account of the default credentials (AWS Config and IAM)')
  .option('--aws-regions <list>', "regions to scan: comma-separated, or 'all' (enabled regions); default: AWS_REGION")
  .option('--aws-profile <name>', 'AWS shared-config profile for the credentials')
  .option('--aws-role-arn <arn>', 'assume this role (repeatable), one account each', (v: string, prev: string[] = []) => [...prev, v])
  .option('--aws-external-id <id>', 'external id for --aws-role-arn and --aws-accounts')
  .option('--aws-accounts <file>', 'accounts file: `<account id> <role name or ARN>` per line')
  .option('--aws-aggregator <name>', 'read the inventory org-wide through this AWS Config aggregator')
  .option('--aws-aggregator-region <region>', 'region of the aggregator (default: us-east-1)')
  .option('--aws-config-snapshot <path>', 'offline: an AWS Config snapshot file (.json, .json.gz) or a folder of them')
  .option('--aws-iam-snapshot <file>', 'offline: the saved JSON of the IAM calls')
  .action(async (paths: string[], flags) => {
    const color = flags.color ?? (process.stdout.isTTY && !process.env.NO_COLOR);
    if (flags.staged) {
      const { runStagedScan } = await import('./commands/staged.js');
      emit(await runStagedScan(paths, { ...flags, color }));
      return;
    }
    const { runScan } = await import('./commands/scan.js');
    emit(await runScan(paths, { ...flags, color }));
  });

program
  .command('init')
  .description('Write a starter .palisade.yaml: the sources found here and the rules that fire today')
  .argument('[paths...]', 'files or folders to look at (default: the current folder)')
  .option('--force', 'overwrite an existing configuration file')
  .option('-o, --output <file>', 'where to write it', '.palisade.yaml')
  .action(async (paths: string[], flags) => {
    const { runInit } = await import('./commands/init.js');
    emit(await runInit(paths, flags));
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
  .option('--fail-on <severity>', 'exit 1 when the merged report has an active finding at or above this severity (critical, high, medium, low, info, none); without it, merge exits 0')
  .action(async (files: string[], flags) => {
    const { runMerge } = await import('./commands/merge.js');
    emit(await runMerge(files, flags));
  });

program
  .command('rules')
  .description('List the rules')
  .option('--json', 'print the catalog as JSON')
  .action(async (flags) => {
    const { runRules } = await import('./commands/rules.js');
    emit(runRules(flags));
  });

program
  .command('explain')
  .description("Explain a rule: what it checks and why, how to fix it, its framework mappings and examples")
  .argument('<rule>', 'rule id, e.g. PAL-S3-005, or a custom rule\'s id')
  .option('--json', 'print the explanation as JSON')
  .option('--policies <dir>', 'custom Rego policies to look in (as for scan; repeatable); default: the configuration\'s policies:', collect, [])
  .option('--config <file>', 'configuration file whose policies: are read (default: .palisade.yaml in the current folder, if any)')
  .option('--no-config', 'ignore any configuration file')
  .action(async (id: string, flags) => {
    const { runExplain } = await import('./commands/explain.js');
    emit(await runExplain(id, flags));
  });

program
  .command('test')
  .description("Run the Rego tests of custom policies (opa test, with Palisade's helpers; needs opa on PATH)")
  .option('--policies <dir>', "a folder of custom Rego policies and their *_test.rego tests (repeatable); default: the configuration's policies:", collect, [])
  .option('--config <file>', 'configuration file whose policies: are read (default: .palisade.yaml in the current folder, if any)')
  .option('--no-config', 'ignore any configuration file')
  .option('--run <regex>', 'only the tests whose name matches')
  .option('--json', 'print the results as JSON')
  .option('--verbose', 'list passing tests too')
  .action(async (flags) => {
    const { runTest } = await import('./commands/test.js');
    emit(await runTest(flags));
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
