/** The console summary: findings grouped by severity, then input problems, then totals. */
import { scannedText, type ScanResult } from '../findings/result.js';
import type { Finding, Severity } from '../findings/types.js';
import { isActive, SEVERITIES } from '../findings/types.js';
import { neutralizeLines, safeText } from './text.js';

export interface ConsoleOptions {
  color?: boolean;
  /** Only the summary line and errors. */
  quiet?: boolean;
  failOn?: Severity | 'none';
}

const COLORS: Record<Severity, string> = { critical: '\x1b[1;35m', high: '\x1b[1;31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/** Terminal control characters, bidi controls and workflow commands from scanned input must not reach the terminal. */
export const sanitize = safeText;

function where(f: Finding): string {
  if (f.cdk?.sourceFile) return `${f.cdk.sourceFile}:${f.cdk.sourceLine ?? ''} (${f.cdk.constructPath}${f.cdk.frameworkManaged ? ', framework-managed' : ''})`;
  if (f.location) return `${f.location.file}:${f.location.startLine}`;
  return f.cloud?.arn ?? f.resource.id;
}

export function formatConsole(result: ScanResult, options: ConsoleOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  // With a baseline, only new findings are listed; the summary counts the others.
  const active = result.findings.filter(isActive);
  if (!options.quiet) {
    for (const severity of SEVERITIES) {
      const group = active.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(paint(COLORS[severity], `${severity.toUpperCase()} (${group.length})`));
      for (const f of group) {
        lines.push(`  ${sanitize(f.ruleId)}  ${sanitize(where(f))}`);
        lines.push(`    ${sanitize(f.message)}`);
        if (f.expiredWaiver) lines.push(`    its waiver expired on ${f.expiredWaiver.expires}: ${sanitize(f.expiredWaiver.reason)}`);
      }
      lines.push('');
    }
  }
  const errors = result.errors.filter((e) => e.level === 'error' || !options.quiet);
  if (errors.length > 0) {
    lines.push(paint(COLORS.high, `INPUT PROBLEMS (${errors.length})`));
    for (const e of errors) {
      lines.push(`  ${e.level}: ${sanitize(e.file)}${e.line !== undefined ? `:${e.line}` : ''}  ${sanitize(e.message)}`);
    }
    lines.push('');
  }
  const s = result.summary;
  if (!options.quiet && active.length > 0) {
    const tally = (key: (f: Finding) => string) => {
      const counts = new Map<string, number>();
      for (const f of active) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${n} ${k}`).join(', ');
    };
    lines.push(`by category: ${tally((f) => f.category)}`);
    lines.push(`by source: ${tally((f) => (f.source === 'aws' && f.cloud ? `aws ${f.cloud.account ?? '?'}/${f.cloud.region ?? '?'}` : f.source))}`);
  }
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  lines.push(
    `${s.findings} finding${s.findings === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}` +
      `${s.suppressed ? `, ${s.suppressed} suppressed` : ''} in ${s.resources} resource${s.resources === 1 ? '' : 's'} from ${scannedText(result)}` +
      (s.baseline ? `; baseline: ${s.baseline.new} new, ${s.baseline.existing} existing, ${s.baseline.fixed} fixed` : '') +
      `${s.errors ? `; ${s.errors} input error${s.errors === 1 ? '' : 's'}` : ''}` +
      (options.failOn ? paint(DIM, ` [fail-on: ${options.failOn}]`) : ''),
  );
  return `${neutralizeLines(lines.join('\n'))}\n`;
}
