/** `palisade init`: a starter .palisade.yaml from what a zero-configuration scan finds today. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { scan, type ScanResult } from '../scan.js';
import type { Input } from '../sources/discover.js';
import { SEVERITIES } from '../findings/types.js';
import { UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';

export interface InitFlags {
  force?: boolean;
  output?: string;
}

/** Names from scanned input go into YAML comments: one line, no control or bidi characters. */
function safe(s: string): string {
  return JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function describeInput(i: Input): string {
  if (i.kind === 'compose') return `compose         ${i.files.map(safe).join(' + ')}`;
  if (i.kind === 'cdk') return `cdk             ${safe(i.dir)}`;
  return `cloudformation  ${safe(i.file)}`;
}

/** The starter file: pure, from a scan result. */
export function starterConfig(result: ScanResult, paths: string[]): string {
  const firing = new Map<string, number>();
  for (const f of result.findings) firing.set(f.ruleId, (firing.get(f.ruleId) ?? 0) + 1);
  const rules = result.rules
    .filter((r) => firing.has(r.id))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.id.localeCompare(b.id));
  const lines = [
    '# Palisade configuration. Every key is optional; the README (Configuration) describes them.',
    '# Editors complete this file through the JSON schema shipped in the package:',
    '$schema: ./node_modules/palisade/schema/palisade.schema.json',
    '',
    `# Sources found when this file was written (${result.inputs.length}):`,
    ...(result.inputs.length > 0 ? result.inputs.map((i) => `#   ${describeInput(i)}`) : ['#   (none: no Compose file, CloudFormation template or cdk.out)']),
    ...(paths.length > 0 ? ['paths:', ...paths.map((p) => `  - ${JSON.stringify(p)}`)] : ['# What to scan when no path is given (default: the current folder):', '# paths: [infra, docker]']),
    '',
    '# Exit 1 when an active finding is at or above: critical, high, medium, low, info, none.',
    'failOn: high',
    '',
    '# Tags (CloudFormation, CDK, AWS) or labels (Compose) every resource must carry:',
    '# requiredTags: [owner, cost-center]',
    '',
    '# Files not scanned (globs; ** crosses folders):',
    '# exclude: ["test/fixtures/**"]',
    '',
    `# Rules that fire today: ${rules.length} rule${rules.length === 1 ? '' : 's'}, ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}.`,
    '# To turn a rule off everywhere, uncomment it under `disabled`; to accept one finding, add a waiver.',
    'rules:',
    '  disabled: []',
    ...rules.map((r) => `  # - ${r.id}  # ${r.severity}, ${firing.get(r.id)} finding${firing.get(r.id) === 1 ? '' : 's'}: ${safe(r.title)}`),
    '  # severity:',
    '  #   PAL-COMPOSE-029: low',
    '',
    '# Accepted exceptions. Each needs a reason and an expiry date; an expired waiver suppresses nothing.',
    'waivers: []',
    '#  - rule: PAL-COMPOSE-013',
    '#    resource: "stack/compose.yaml#services.web"   # or a glob over the resource id, construct path, logical id or ARN',
    '#    reason: binds port 80 as root until the proxy moves (TICKET-123)',
    '#    owner: platform-team',
    '#    expires: 2030-01-31',
    '',
    '# Report files written by every scan (flags override them):',
    '# outputs:',
    '#   sarif: palisade.sarif',
    '#   json: palisade.json',
    '',
  ];
  return `${lines.join('\n')}`;
}

export async function runInit(paths: string[], flags: InitFlags, cwd = process.cwd()): Promise<Outcome> {
  const output = flags.output ?? '.palisade.yaml';
  if (existsSync(resolve(cwd, output)) && !flags.force) throw new UsageError(`${output} already exists (use --force to overwrite it)`);
  const result = await scan({ paths: paths.length > 0 ? paths : ['.'], requiredTags: [], cwd });
  if (result.missing.length > 0) throw new UsageError(result.missing.map((p) => `${p}: no such file or folder`).join('\n'));
  const content = starterConfig(result, paths);
  return outcome({
    files: [{ path: resolve(cwd, output), content }],
    stdout: `wrote ${output}: ${result.inputs.length} source${result.inputs.length === 1 ? '' : 's'}, ${new Set(result.findings.map((f) => f.ruleId)).size} rules firing\n`,
  });
}
