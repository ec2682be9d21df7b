/**
 * The GitHub Action (action.yml): scan the workspace, write SARIF (and HTML/Markdown when
 * those reports are available), annotate active findings, write the job summary and fail
 * at the threshold. Bundled with esbuild into action/dist/index.js (npm run build:action).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { exitCodeOf, scanWithFlags, type ScanFlags } from '../commands/scan.js';
import { gatherEvidence } from '../commands/evidence.js';
import { evidencePath, givenOptions } from '../commands/outputs.js';
import { formatConsole } from '../report/console.js';
import { formatters } from '../report/index.js';
import { isActive } from '../findings/types.js';
import { EXIT } from '../errors.js';
import { annotations, jobSummary, oneLine } from './format.js';

type Formatter = (result: Parameters<(typeof formatters)['json']>[0]) => string;

/** The live AWS inputs: the same as the scan's --aws-* flags (see the README). */
export const AWS_INPUTS = ['aws', 'aws-regions', 'aws-accounts', 'aws-role-arn', 'aws-external-id', 'aws-aggregator', 'aws-aggregator-region', 'aws-snapshot', 'aws-iam-snapshot'] as const;

/** The live inputs as scan flags; file inputs are relative to the workspace. */
function liveFlags(workspace: string): Partial<ScanFlags> {
  const get = (name: (typeof AWS_INPUTS)[number]) => core.getInput(name).trim();
  const flags: Partial<ScanFlags> = {};
  if (bool('aws')) flags.aws = true;
  if (get('aws-regions')) flags.awsRegions = get('aws-regions');
  if (get('aws-accounts')) flags.awsAccounts = outputPath(workspace, get('aws-accounts'));
  const roles = get('aws-role-arn').split(/\r?\n|,/).map((r) => r.trim()).filter(Boolean);
  if (roles.length > 0) flags.awsRoleArn = roles;
  if (get('aws-external-id')) flags.awsExternalId = get('aws-external-id');
  if (get('aws-aggregator')) flags.awsAggregator = get('aws-aggregator');
  if (get('aws-aggregator-region')) flags.awsAggregatorRegion = get('aws-aggregator-region');
  if (get('aws-snapshot')) flags.awsConfigSnapshot = outputPath(workspace, get('aws-snapshot'));
  if (get('aws-iam-snapshot')) flags.awsIamSnapshot = outputPath(workspace, get('aws-iam-snapshot'));
  return flags;
}

function bool(name: string): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  return v === 'true' || v === 'yes' || v === '1';
}

function outputPath(workspace: string, value: string): string {
  return isAbsolute(value) ? value : resolve(workspace, value);
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Prints text that may hold scanned input with workflow commands turned off around it. */
function printInert(text: string): void {
  const token = randomUUID();
  const lines = text.replace(/\n$/, '').split('\n').map(oneLine);
  process.stdout.write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
}

export async function run(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const paths = core.getInput('path').split(/\r?\n|,/).map((p) => p.trim()).filter(Boolean);
  const ignoreRepoConfig = bool('ignore-repo-config');
  const configInput = core.getInput('config').trim();
  if (ignoreRepoConfig && configInput && !relative(workspace, outputPath(workspace, configInput)).startsWith('..')) {
    throw new Error(`config: with ignore-repo-config, the configuration must come from outside the workspace (${configInput} is inside it)`);
  }

  const flags: ScanFlags = {
    ...(configInput ? { config: outputPath(workspace, configInput) } : ignoreRepoConfig ? { config: false } : {}),
    ...(core.getInput('fail-on').trim() ? { failOn: core.getInput('fail-on').trim() } : {}),
    ...(core.getInput('required-tags').trim() ? { requiredTags: core.getInput('required-tags') } : {}),
    ...(core.getInput('baseline').trim() ? { baseline: outputPath(workspace, core.getInput('baseline').trim()) } : {}),
    ...(bool('no-inline-suppressions') ? { inlineSuppressions: false } : {}),
    ...liveFlags(workspace),
  };
  const { result, failOn, targets } = await scanWithFlags(paths, flags, workspace, { evidence: true });
  // The same evidence block as the CLI's, so the HTML artifact of a PR scan is an audit record too.
  result.evidence = [gatherEvidence(result, { name: 'action', paths: targets.map((t) => evidencePath(t, workspace)), options: givenOptions(flags as Record<string, unknown>, workspace) }, {
    cwd: workspace,
    snapshots: [flags.awsConfigSnapshot, flags.awsIamSnapshot].filter((p): p is string => !!p).map((p) => evidencePath(p, workspace)),
  })];

  printInert(formatConsole(result, { failOn }));

  const sarifFile = outputPath(workspace, core.getInput('sarif-file').trim() || 'palisade.sarif');
  write(sarifFile, formatters.sarif(result));
  core.setOutput('sarif-file', sarifFile);
  const registry = formatters as unknown as Record<string, Formatter | undefined>;
  for (const [input, format] of [['html-file', 'html'], ['markdown-file', 'markdown']] as const) {
    const file = core.getInput(input).trim();
    if (!file) continue;
    const formatter = registry[format];
    if (!formatter) {
      core.warning(`${input}: this version of Palisade has no ${format} report; nothing written`);
      continue;
    }
    write(outputPath(workspace, file), formatter(result));
    if (input === 'html-file') core.setOutput('html-file', outputPath(workspace, file));
  }

  const { shown, omitted } = annotations(result);
  for (const a of shown) {
    const props = { title: a.title, ...(a.file ? { file: a.file, startLine: a.startLine, endLine: a.endLine } : {}) };
    core[a.level](a.message, props);
  }
  if (omitted > 0) core.info(`palisade: ${omitted} more active finding(s) not annotated (GitHub shows 10 per level and step); see the SARIF and the summary`);

  const code = exitCodeOf(result, failOn);
  const failed = code !== EXIT.ok;
  const active = result.findings.filter(isActive).length;
  core.setOutput('findings', String(active));
  core.setOutput('failed', String(failed));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(jobSummary(result, failOn, failed)).write();
  if (code === EXIT.findings) core.setFailed(`Palisade: active findings at or above ${failOn}`);
  else if (code === EXIT.incomplete) core.setFailed(`Palisade: the scan is incomplete (${result.summary.errors} input error(s)); see the log`);
}

run().catch((err: unknown) => {
  core.setOutput('failed', 'true');
  core.setFailed(`Palisade: ${(err as Error).message}`);
});
