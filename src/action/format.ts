/**
 * What the GitHub Action shows, as pure functions: the annotations (capped as GitHub caps
 * them per step, most severe first) and the job summary. Every string from scanned input is
 * escaped here: annotations are one line with no control or bidi characters (@actions/core
 * then percent-encodes its command syntax), and summary cells are HTML-escaped so nothing
 * from a file can open a tag, a link, a mention or a new markdown block.
 */
import type { ScanResult } from '../scan.js';
import type { Finding, Severity } from '../findings/types.js';
import { isActive, SEVERITIES } from '../findings/types.js';

/** GitHub shows at most 10 error and 10 warning (and 10 notice) annotations per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';
const LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

/** One line of plain text: control, line-separator and bidi characters become visible escapes. */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function anchor(f: Finding): { file?: string; startLine?: number; endLine?: number } {
  if (f.cdk?.sourceFile && f.cdk.sourceLine) return { file: f.cdk.sourceFile, startLine: f.cdk.sourceLine, endLine: f.cdk.sourceLine };
  if (f.location) return { file: f.location.file, startLine: f.location.startLine, endLine: Math.max(f.location.startLine, f.location.endLine) };
  return {};
}

export function annotations(result: ScanResult): { shown: Annotation[]; omitted: number } {
  const active = result.findings.filter(isActive).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const f of active) {
    const level = LEVEL[f.severity];
    if (used[level] >= ANNOTATIONS_PER_LEVEL) continue;
    used[level]++;
    const where = anchor(f);
    const extra = f.expiredWaiver ? ` (its waiver expired on ${f.expiredWaiver.expires})` : '';
    shown.push({
      level,
      title: oneLine(`${f.ruleId} (${f.severity}): ${f.title}`),
      message: oneLine(`${f.message}${extra}${where.file ? '' : ` [${f.cloud?.arn ?? f.resource.id}]`}`),
      ...where,
      ...(where.file ? { file: oneLine(where.file) } : {}),
    });
  }
  return { shown, omitted: active.length - shown.length };
}

/** Text for an HTML cell of the summary: escaped, one line, no markdown or mention syntax. */
export function cell(s: string): string {
  return oneLine(s).replace(/[&<>"'`*_[\]()|~@#!\\{}:]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const table = (head: string[], rows: string[][]): string =>
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

export const TOP_FINDINGS = 15;

/** The job summary (GitHub-flavoured markdown with HTML tables). */
export function jobSummary(result: ScanResult, failOn: Severity | 'none', failed: boolean): string {
  const s = result.summary;
  const active = result.findings.filter(isActive);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const existing = result.findings.filter((f) => !f.suppressed && f.baseline === 'existing');
  const lines = [
    `## Palisade: ${failed ? 'failed' : 'passed'}`,
    '',
    `${active.length} active finding${active.length === 1 ? '' : 's'} in ${s.resources} resources from ${s.inputs} inputs (fail-on: ${failOn}).`,
    '',
    table(
      ['Severity', 'Active', 'Suppressed', ...(s.baseline ? ['Existing (baseline)'] : [])],
      SEVERITIES.map((sev) => [
        sev,
        String(active.filter((f) => f.severity === sev).length),
        String(suppressed.filter((f) => f.severity === sev).length),
        ...(s.baseline ? [String(existing.filter((f) => f.severity === sev).length)] : []),
      ]),
    ),
    '',
  ];
  if (s.baseline) lines.push(`Baseline: ${s.baseline.new} new, ${s.baseline.existing} existing, ${s.baseline.fixed} fixed.`, '');
  if (s.errors > 0 || s.warnings > 0) lines.push(`Input problems: ${s.errors} error${s.errors === 1 ? '' : 's'} (the scan is incomplete when there are any), ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.`, '');
  const top = [...active].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)).slice(0, TOP_FINDINGS);
  if (top.length > 0) {
    lines.push(`### Top findings${active.length > top.length ? ` (${top.length} of ${active.length})` : ''}`, '');
    lines.push(
      table(
        ['Severity', 'Rule', 'Where', 'Finding'],
        top.map((f) => {
          const a = anchor(f);
          const where = a.file ? `${a.file}:${a.startLine}` : (f.cloud?.arn ?? f.resource.id);
          return [f.severity, cell(f.ruleId), cell(where), cell(f.message)];
        }),
      ),
      '',
    );
  }
  const expired = result.findings.filter((f) => f.expiredWaiver);
  if (expired.length > 0) lines.push(`${expired.length} finding${expired.length === 1 ? ' is' : 's are'} active again because a waiver expired.`, '');
  return `${lines.join('\n')}\n`;
}
