/**
 * The report's view model, computed from a scan result (and optionally a previous one): counts,
 * compliance posture, trend and the compact records the client-side table filters. Pure data.
 */
import type { ScanResult } from '../../findings/result.js';
import type { Finding, IacLink, Rule, Severity } from '../../findings/types.js';
import { CATEGORIES, SEVERITIES, severityRank } from '../../findings/types.js';

export type ControlStatus = 'failed' | 'passed' | 'not-assessed';

export interface Control {
  id: string;
  status: ControlStatus;
  rules: string[];
  findings: number;
}

export interface Framework {
  name: string;
  controls: Control[];
  counts: Record<ControlStatus, number>;
}

export interface Trend {
  newCount: number;
  fixed: Finding[];
  unchanged: number;
  /** Fingerprints of findings absent from the previous report. */
  isNew: Set<string>;
}

/** One row of the findings table, as the client script reads it. */
export interface Row {
  fp: string;
  rule: string;
  sev: Severity;
  cat: string;
  src: string;
  msg: string;
  res: { id: string; type: string; name: string };
  path: string;
  /** file:line, or the ARN for live resources. */
  where: string;
  /** The location filter's value: the file, or account/region. */
  loc: string;
  owner?: string;
  cdk?: { constructPath: string; sourceFile?: string; sourceLine?: number; frameworkManaged?: true };
  arn?: string;
  /** A live resource's template origin: the template line, and the CDK construct and source line. */
  iac?: { stack: string; logicalId: string; where: string; cdk?: { constructPath: string; source?: string } };
  isNew?: true;
}

export interface ClientData {
  /** `cwe`: the rule's CWE id, or `none` when its METADATA says no CWE fits (absent: not stated). */
  rules: Record<string, { title: string; description: string; remediation: string; frameworks: Record<string, string[]>; anchor: string; cwe?: string }>;
  rows: Row[];
}

export const SOURCE_LABEL: Record<string, string> = { compose: 'Compose', cloudformation: 'CloudFormation', cdk: 'CDK', aws: 'Live AWS' };

export const active = (findings: Finding[]): Finding[] => findings.filter((f) => !f.suppressed);

export function locationText(f: Finding): string {
  if (f.location) return `${f.location.file}:${f.location.startLine}`;
  return f.cloud?.arn ?? f.resource.id;
}

/** The value the location filter matches: a file, or account/region for live resources. */
export function locationKey(f: Finding): string {
  if (f.location) return f.location.file;
  if (f.cloud) return `${f.cloud.account ?? '?'}/${f.cloud.region ?? '?'}`;
  return f.resource.id;
}

/** Source with live AWS split per account and region. */
export function sourceKey(f: Finding): string {
  if (f.source === 'aws' && f.cloud) return `${SOURCE_LABEL.aws} ${f.cloud.account ?? '?'}/${f.cloud.region ?? '?'}`;
  return SOURCE_LABEL[f.source] ?? f.source;
}

export function countBy<T>(items: T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function severityCounts(findings: Finding[]): Array<[Severity, number]> {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]);
}

export function categoryCounts(findings: Finding[]): Array<[string, number]> {
  return CATEGORIES.map((c) => [c, findings.filter((f) => f.category === c).length]);
}

/** Share of scanned resources without an unsuppressed finding, 0..1 (1 with no resources). */
export function passRate(result: ScanResult): { rate: number; failing: number } {
  const failing = new Set(active(result.findings).map((f) => f.resource.id)).size;
  const total = result.summary.resources;
  return { rate: total === 0 ? 1 : Math.max(0, total - failing) / total, failing };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Natural order for control ids: 2.1.10 after 2.1.9, AC-2 before AC-10. */
export function compareControl(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Per framework: a control fails with an unsuppressed finding of a rule mapped to it, passes
 * when a mapped rule judged a source kind that was scanned, and is otherwise not assessed.
 */
export function compliance(result: ScanResult): Framework[] {
  const scannedKinds = new Set<string>([...result.inputs.map((i) => i.kind), ...result.findings.map((f) => f.source)]);
  // A live scan is no file input: it was scanned when it read an account (also one with no finding).
  if (result.live || result.evidence?.some((e) => e.accounts.length > 0)) scannedKinds.add('aws');
  const failing = new Map<string, number>();
  for (const f of active(result.findings)) failing.set(f.ruleId, (failing.get(f.ruleId) ?? 0) + 1);
  const frameworks = new Map<string, Map<string, Rule[]>>();
  for (const rule of result.rules) {
    for (const [name, ids] of Object.entries(rule.frameworks)) {
      const controls = frameworks.get(name) ?? new Map<string, Rule[]>();
      frameworks.set(name, controls);
      for (const id of ids) controls.set(id, [...(controls.get(id) ?? []), rule]);
    }
  }
  return [...frameworks]
    .sort((a, b) => byText(a[0], b[0]))
    .map(([name, controls]) => {
      const list: Control[] = [...controls]
        .sort((a, b) => compareControl(a[0], b[0]))
        .map(([id, rules]) => {
          const findings = rules.reduce((n, r) => n + (failing.get(r.id) ?? 0), 0);
          const assessed = rules.some((r) => r.sources.some((s) => scannedKinds.has(s)));
          const status: ControlStatus = findings > 0 ? 'failed' : assessed ? 'passed' : 'not-assessed';
          return { id, status, rules: rules.map((r) => r.id).sort(byText), findings };
        });
      const counts = { failed: 0, passed: 0, 'not-assessed': 0 };
      for (const c of list) counts[c.status]++;
      return { name, controls: list, counts };
    });
}

export function trend(result: ScanResult, previous: ScanResult): Trend {
  const now = new Set(active(result.findings).map((f) => f.fingerprint));
  const before = new Set(active(previous.findings).map((f) => f.fingerprint));
  const isNew = new Set([...now].filter((fp) => !before.has(fp)));
  const fixed = active(previous.findings).filter((f) => !now.has(f.fingerprint));
  return { newCount: isNew.size, fixed, unchanged: now.size - isNew.size, isNew };
}

/** The rule's heading anchor in rules/README.md (GitHub's slug of `## PAL-S3-001`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

export function bySeverity(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity);
}

/** `file:line`, or the file alone when the line is unknown. */
export const fileLine = (file: string, line?: number): string => (line ? `${file}:${line}` : file);

function iacOf(link: IacLink): NonNullable<Row['iac']> {
  return {
    stack: link.stack,
    logicalId: link.logicalId,
    where: fileLine(link.location.file, link.location.startLine),
    ...(link.cdk ? { cdk: { constructPath: link.cdk.constructPath, ...(link.cdk.sourceFile ? { source: fileLine(link.cdk.sourceFile, link.cdk.sourceLine) } : {}) } } : {}),
  };
}

export function clientData(result: ScanResult, t?: Trend): ClientData {
  const rules: ClientData['rules'] = {};
  for (const r of [...result.rules].sort((a, b) => byText(a.id, b.id))) {
    rules[r.id] = { title: r.title, description: r.description, remediation: r.remediation, frameworks: r.frameworks, anchor: ruleAnchor(r.id), ...(r.cwe !== undefined ? { cwe: r.cwe ?? 'none' } : {}) };
  }
  // Stable sort: the scan's order (file, line) within a severity.
  const rows = active(result.findings)
    .slice()
    .sort(bySeverity)
    .map((f): Row => {
      const row: Row = {
        fp: f.fingerprint,
        rule: f.ruleId,
        sev: f.severity,
        cat: f.category,
        src: sourceKey(f),
        msg: f.message,
        res: { id: f.resource.id, type: f.resource.type, name: f.resource.name },
        path: f.path,
        where: locationText(f),
        loc: locationKey(f),
      };
      if (f.owner !== undefined) row.owner = f.owner;
      if (f.cdk) {
        row.cdk = {
          constructPath: f.cdk.constructPath,
          ...(f.cdk.sourceFile ? { sourceFile: f.cdk.sourceFile } : {}),
          ...(f.cdk.sourceLine ? { sourceLine: f.cdk.sourceLine } : {}),
          ...(f.cdk.frameworkManaged ? { frameworkManaged: true as const } : {}),
        };
      }
      if (f.cloud?.arn) row.arn = f.cloud.arn;
      if (f.iac) row.iac = iacOf(f.iac);
      if (t?.isNew.has(f.fingerprint)) row.isNew = true;
      return row;
    });
  return { rules, rows };
}

/**
 * JSON that is safe inside a <script> element: nothing in it can close the element or open a
 * comment, and the line separators JavaScript once rejected are escaped.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
