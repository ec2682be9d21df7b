/**
 * Markdown for PR comments and job summaries: a counts table and the most severe findings.
 * Every value from the scan is escaped so it is shown as text: no markup, link, mention,
 * HTML or line break from input, and no line a CI runner would read as a workflow command.
 */
import { scannedText, type ScanResult } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { CATEGORIES, SEVERITIES, severityRank } from '../findings/types.js';

export interface MarkdownOptions {
  /** How many findings the table lists (most severe first). */
  top?: number;
}

const SOURCE_LABEL: Record<string, string> = { compose: 'Compose', cloudformation: 'CloudFormation', cdk: 'CDK', aws: 'Live AWS' };

/**
 * Text from input, as literal Markdown text: control, line-separator and bidi characters become
 * spaces; Markdown punctuation (and `$`, which starts math on GitHub) is backslash-escaped; characters that start HTML, entities,
 * mentions, references or autolinks (`< > & @ # :`, `www.`) become numeric character references.
 */
export function escapeMarkdown(text: string, max = 300): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ');
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut
    .replace(/[\\`*_[\]()!~|{}$]/g, '\\$&')
    .replace(/[<>&@#:]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/(www)\./gi, '$1&#46;');
}

const fileLine = (file: string, line?: number): string => (line ? `${file}:${line}` : file);

/**
 * The finding's place: the app's source line for CDK (marked when aws-cdk-lib made the resource),
 * the template line, or the ARN of a live resource with the line that declared it when known.
 * Our own separators are `·` and words, so the cell holds no markup character of ours either.
 */
function where(f: Finding): string {
  if (f.cdk?.sourceFile) return `${fileLine(f.cdk.sourceFile, f.cdk.sourceLine)}${f.cdk.frameworkManaged ? ' · framework-managed' : ''}`;
  if (f.location) return `${f.location.file}:${f.location.startLine}${f.cdk?.frameworkManaged ? ' · framework-managed' : ''}`;
  const live = f.cloud?.arn ?? f.resource.id;
  if (!f.iac) return live;
  const declared = f.iac.cdk?.sourceFile ? fileLine(f.iac.cdk.sourceFile, f.iac.cdk.sourceLine) : fileLine(f.iac.location.file, f.iac.location.startLine);
  return `${live} · declared at ${declared}`;
}

/** The rule id, with the CWE of the weakness when the rule names one. */
function ruleCell(f: Finding, cwe: Map<string, string>): string {
  const id = cwe.get(f.ruleId);
  return id ? `${f.ruleId} · ${id}` : f.ruleId;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const top = options.top ?? 20;
  const s = result.summary;
  const open = result.findings.filter((f) => !f.suppressed);
  const lines: string[] = [];
  const worst = SEVERITIES.find((sev) => s.bySeverity[sev] > 0);
  lines.push(`### Palisade: ${plural(s.findings, 'finding')}${worst ? ` (highest: ${worst})` : ''}`, '');
  lines.push(`Scanned ${plural(s.resources, 'resource')} from ${scannedText(result)}.${s.errors ? ` **The scan is incomplete: ${plural(s.errors, 'input error')}.**` : ''}`, '');
  lines.push('| Severity | Open |', '| --- | ---: |');
  for (const sev of SEVERITIES) lines.push(`| ${sev} | ${s.bySeverity[sev]} |`);
  lines.push(`| suppressed | ${s.suppressed} |`, `| input errors | ${s.errors} |`, `| warnings | ${s.warnings} |`, '');
  const byCategory = CATEGORIES.map((c) => [c, open.filter((f) => f.category === c).length] as const).filter(([, n]) => n > 0);
  if (byCategory.length) lines.push(`**By category:** ${byCategory.map(([c, n]) => `${c} ${n}`).join(' · ')}`, '');
  const sources = [...new Set(open.map((f) => f.source))].sort();
  if (sources.length) lines.push(`**By source:** ${sources.map((src) => `${SOURCE_LABEL[src] ?? src} ${open.filter((f) => f.source === src).length}`).join(' · ')}`, '');
  if (open.length) {
    const shown = [...open].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, top);
    lines.push(open.length > shown.length ? `#### Top ${shown.length} of ${open.length} findings` : '#### Findings', '');
    lines.push('| Severity | Rule | Resource | Location | Message |', '| --- | --- | --- | --- | --- |');
    const cwe = new Map(result.rules.flatMap((r) => (r.cwe ? [[r.id, r.cwe] as const] : [])));
    for (const f of shown) {
      lines.push(`| ${f.severity} | ${escapeMarkdown(ruleCell(f, cwe), 60)} | ${escapeMarkdown(f.resource.name, 80)} | ${escapeMarkdown(where(f), 240)} | ${escapeMarkdown(f.message)} |`);
    }
    if (open.length > shown.length) lines.push('', `…and ${open.length - shown.length} more in the full report.`);
    lines.push('');
  }
  const errors = result.errors.filter((e) => e.level === 'error');
  if (errors.length) {
    lines.push('#### Input errors', '');
    for (const e of errors.slice(0, 10)) lines.push(`- ${escapeMarkdown(`${e.file}${e.line !== undefined ? `:${e.line}` : ''}`, 160)}: ${escapeMarkdown(e.message)}`);
    if (errors.length > 10) lines.push(`- …and ${errors.length - 10} more`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
