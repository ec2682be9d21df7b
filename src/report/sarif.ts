/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help, security-severity and tags;
 * results with relative URIs, regions and stable partial fingerprints; input errors as
 * tool execution notifications.
 */
import type { ScanResult } from '../findings/result.js';
import { gzipSync } from 'node:zlib';
import type { Finding, IacLink, Location, Rule, Severity } from '../findings/types.js';
import { escapeControls } from './text.js';
import { severityRank } from '../findings/types.js';

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

function ruleName(rule: Rule): string {
  return rule.title
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function helpMarkdown(rule: Rule): string {
  const frameworks = Object.entries(rule.frameworks)
    .map(([name, controls]) => `- ${name}: ${controls.join(', ')}`)
    .join('\n');
  return [
    `**${rule.title}** (${rule.id}, ${rule.severity}, ${rule.category})`,
    '',
    rule.description,
    '',
    '**Remediation**',
    '',
    rule.remediation,
    ...(frameworks ? ['', '**Frameworks**', '', frameworks] : []),
    ...(rule.cwe ? ['', `**Weakness:** ${rule.cwe}`] : []),
  ].join('\n');
}

/**
 * Only paths inside the source root are given against %SRCROOT%: an absolute path or one that
 * climbs out with `..` would name a place on the scanning machine, so it is left out.
 */
export function insideRoot(path: string): boolean {
  const p = path.split('\\').join('/');
  return !(p.startsWith('/') || /^[A-Za-z]:/.test(p) || p === '..' || p.startsWith('../') || p.split('/').includes('..'));
}

function physical(loc: Location) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(loc.file), uriBaseId: '%SRCROOT%' },
      region: { startLine: loc.startLine, endLine: Math.max(loc.startLine, loc.endLine) },
    },
  };
}

/** Relative, forward-slash, percent-encoded where a URI needs it. */
function encodeUri(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** The stable file a live finding without an IaC line is anchored to. */
export function liveAnchor(cloud: { account?: string; region?: string }): string {
  const part = (s: string | undefined) => (s && /^[\w-]{1,64}$/.test(s) ? s : 'unknown');
  return `.palisade/aws/${part(cloud.account)}/${part(cloud.region)}`;
}

/**
 * A live finding linked to its template: anchored to the CDK source line when known, else the
 * template line; the template line is always a related location naming the stack and logical id.
 */
function iacLocations(iac: IacLink) {
  if (!insideRoot(iac.location.file)) return undefined;
  const template = { id: 1, ...physical(iac.location), message: { text: escapeControls(`Declared in stack ${iac.stack} as ${iac.logicalId}${iac.cdk ? ` (${iac.cdk.constructPath})` : ''}`) } };
  const src = iac.cdk?.sourceFile && iac.cdk.sourceLine && insideRoot(iac.cdk.sourceFile) ? { file: iac.cdk.sourceFile, startLine: iac.cdk.sourceLine, endLine: iac.cdk.sourceLine } : undefined;
  return { primary: physical(src ?? iac.location), related: [template] };
}

function locationsOf(f: Finding) {
  if (f.cdk?.sourceFile && f.cdk.sourceLine && insideRoot(f.cdk.sourceFile)) {
    const primary = physical({ file: f.cdk.sourceFile, startLine: f.cdk.sourceLine, endLine: f.cdk.sourceLine });
    const related = f.location && insideRoot(f.location.file) ? [{ id: 1, ...physical(f.location), message: { text: escapeControls(`Synthesized template (${f.cdk.constructPath})`) } }] : [];
    return { locations: [primary], relatedLocations: related };
  }
  if (f.location && insideRoot(f.location.file)) return { locations: [physical(f.location)] };
  const name = f.cloud?.arn ?? f.resource.id;
  const logical = { logicalLocations: [{ fullyQualifiedName: name, kind: 'resource' }] };
  const linked = f.iac ? iacLocations(f.iac) : undefined;
  if (linked) return { locations: [{ ...linked.primary, ...logical }], relatedLocations: linked.related };
  // GitHub code scanning rejects a result without a file: a live resource with no IaC line is
  // anchored to a stable per-account/region path the scan names (README: Live AWS scan).
  if (f.cloud) return { locations: [{ ...physical({ file: liveAnchor(f.cloud), startLine: 1, endLine: 1 }), ...logical }] };
  return { locations: [logical] };
}

/** A waiver is external to the scanned files; a comment or Metadata is in source. */
function suppressionOf(f: Finding) {
  const s = f.suppression;
  const properties = {
    ...(s?.via ? { via: s.via } : {}),
    ...(s?.foreignId ? { foreignId: s.foreignId } : {}),
    ...(s?.owner ? { owner: s.owner } : {}),
    ...(s?.expires ? { expires: s.expires } : {}),
  };
  return {
    kind: s?.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: f.suppressed,
    ...(s?.source && s.kind === 'inline' && s.source.line !== undefined ? { location: physical({ file: s.source.file, startLine: s.source.line, endLine: s.source.line }) } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** GitHub code scanning's hard limits on an upload (docs: "SARIF results exceed limit"). */
export const GITHUB_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  /** Only 10 are kept (20 rejected). */
  tagsPerRule: 10,
  /** The upload is at most 10 MB gzipped; keep a margin. */
  gzippedBytes: 9_500_000,
  /** Our own bound on a message, so a huge input value cannot bloat the file. */
  messageChars: 2_000,
} as const;

export const PROJECT_URL = 'https://github.com/palisade-scanner/palisade';
const RULES_DOC = `${PROJECT_URL}/blob/main/rules/README.md`;

/** Bounded, and free of raw control characters (text from input may hold any). */
function cap(text: string, max: number = GITHUB_LIMITS.messageChars): string {
  const clean = escapeControls(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The category a result is filed under: per source kind, and per account/region for live AWS. */
function runKey(f: Finding, coarse: boolean): string {
  if (f.source === 'aws' && f.cloud && !coarse) return `palisade/aws/${f.cloud.account ?? 'unknown'}/${f.cloud.region ?? 'unknown'}/`;
  return `palisade/${f.source}/`;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SarifOutput {
  text: string;
  /** What was left out to stay within GitHub's limits (also in the file as notifications). */
  warnings: string[];
}

function ruleOf(r: Rule) {
  return {
    id: r.id,
    name: ruleName(r),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: { text: `${r.description}\n\nRemediation: ${r.remediation}`, markdown: helpMarkdown(r) },
    // Custom rules (--policies) are documented by their authors, not in Palisade's rule reference.
    ...(r.custom ? {} : { helpUri: `${RULES_DOC}#${r.id.toLowerCase()}` }),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[r.severity],
      precision: 'high',
      // GitHub code scanning reads a CWE from an `external/cwe/cwe-<n>` tag; keep it within the cut.
      tags: ['security', ...(r.cwe ? [`external/cwe/${r.cwe.toLowerCase()}`] : []), r.category, ...Object.keys(r.frameworks).sort()].slice(0, GITHUB_LIMITS.tagsPerRule),
      ...(r.cwe ? { cwe: r.cwe } : {}),
    },
  };
}

function build(result: ScanResult, perRun: number): { sarif: unknown; warnings: string[] } {
  const warnings: string[] = [];
  // Every scanned kind gets a run, even without results, so GitHub closes its fixed alerts.
  let coarse = false;
  const keys = () => new Set([...result.inputs.map((i) => `palisade/${i.kind}/`), ...result.findings.map((f) => runKey(f, coarse))]);
  if (keys().size > GITHUB_LIMITS.runsPerFile) coarse = true;
  const runKeys = [...keys()].sort(byText);
  if (runKeys.length === 0) runKeys.push('palisade/');
  const allRules = [...result.rules].sort((a, b) => byText(a.id, b.id));
  const runs = runKeys.map((key, n) => {
    const all = result.findings.filter((f) => runKey(f, coarse) === key);
    // Most severe first, so what GitHub shows (and what a cut keeps) is what matters most.
    const sorted = [...all].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    const kept = sorted.slice(0, perRun);
    const notes: Array<{ level: 'error' | 'warning'; message: { text: string }; locations?: unknown[] }> = [];
    if (kept.length < sorted.length) {
      const left = new Map<string, number>();
      for (const f of sorted.slice(perRun)) left.set(f.ruleId, (left.get(f.ruleId) ?? 0) + 1);
      const text = `${key}: ${sorted.length - kept.length} of ${sorted.length} results left out to stay within GitHub's upload limits (least severe first): ${[...left].sort((a, b) => byText(a[0], b[0])).map(([id, c]) => `${id} ${c}`).join(', ')}. The JSON and HTML reports hold every finding.`;
      warnings.push(text);
      notes.push({ level: 'warning', message: { text } });
    }
    const used = new Set(kept.map((f) => f.ruleId));
    const kind = key.split('/')[1] ?? '';
    const rules = allRules.filter((r) => used.has(r.id) || r.sources.includes(kind)).slice(0, GITHUB_LIMITS.rulesPerRun);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // Input problems are reported once, in the first run.
    if (n === 0) {
      for (const e of result.errors) {
        // A file outside the source root is named in the text, never given against %SRCROOT%.
        notes.push({
          level: e.level === 'error' ? 'error' : 'warning',
          message: { text: cap(insideRoot(e.file) ? e.message : `${e.file}: ${e.message}`) },
          ...(insideRoot(e.file)
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: encodeUri(e.file), uriBaseId: '%SRCROOT%' },
                      ...(e.line !== undefined ? { region: { startLine: e.line } } : {}),
                    },
                  },
                ],
              }
            : {}),
        });
      }
    }
    return {
      tool: {
        driver: {
          name: 'Palisade',
          informationUri: PROJECT_URL,
          semanticVersion: result.tool.version,
          version: result.tool.version,
          rules: rules.map(ruleOf),
        },
      },
      automationDetails: { id: key },
      invocations: [
        {
          executionSuccessful: result.errors.every((e) => e.level !== 'error'),
          toolExecutionNotifications: notes,
        },
      ],
      results: kept.map((f) => ({
        ruleId: f.ruleId,
        ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: cap(f.message) },
        ...locationsOf(f),
        partialFingerprints: { 'palisadeFinding/v1': f.fingerprint },
        properties: {
          severity: f.severity,
          resource: cap(f.resource.id, 1000),
          path: cap(f.path, 1000),
          ...(f.expiredWaiver ? { expiredWaiver: f.expiredWaiver } : {}),
          ...(f.cdk?.frameworkManaged ? { frameworkManaged: true } : {}),
        },
        ...(f.baseline ? { baselineState: f.baseline === 'existing' ? 'unchanged' : 'new' } : {}),
        ...(f.suppressed ? { suppressions: [suppressionOf(f)] } : {}),
      })),
      columnKind: 'unicodeCodePoints',
    };
  });
  return { sarif: { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, warnings };
}

/**
 * SARIF within GitHub's limits: one run per source kind (live AWS per account and region),
 * results cut (least severe first, with a warning naming what was left out) where a run or the
 * gzipped file would be too large. Deterministic: identical input, identical bytes.
 */
export function sarifReport(result: ScanResult): SarifOutput {
  let perRun: number = GITHUB_LIMITS.resultsPerRun;
  for (let attempt = 0; ; attempt++) {
    const { sarif, warnings } = build(result, perRun);
    const text = `${JSON.stringify(sarif, null, 2)}\n`;
    const size = gzippedAtMost(text) <= GITHUB_LIMITS.gzippedBytes ? 0 : gzipSync(text).length;
    if (size <= GITHUB_LIMITS.gzippedBytes || perRun === 0 || attempt >= 12) return { text, warnings };
    const largest = Math.max(...((sarif as { runs: Array<{ results: unknown[] }> }).runs.map((r) => r.results.length)));
    perRun = Math.floor(Math.min(perRun, largest) * (GITHUB_LIMITS.gzippedBytes / size) * 0.95);
  }
}

/**
 * An upper bound on the gzipped size of a text, so a text that fits for sure is not compressed
 * only to learn that (0.1-0.2 s on a 17 MB report). zlib's conservative deflateBound (its bound
 * for any settings: stored blocks cost at most an eighth plus a sixty-fourth more) plus gzip's
 * 18-byte header and trailer.
 */
export function gzippedAtMost(text: string): number {
  const n = Buffer.byteLength(text, 'utf8');
  return n + ((n + 7) >> 3) + ((n + 63) >> 6) + 5 + 18;
}

export function formatSarif(result: ScanResult): string {
  return sarifReport(result).text;
}
