/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help, security-severity and tags;
 * results with relative URIs, regions and stable partial fingerprints; input errors as
 * tool execution notifications.
 */
import type { ScanResult } from '../scan.js';
import type { Finding, Location, Rule, Severity } from '../findings/types.js';
import { escapeControls } from './text.js';

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

function locationsOf(f: Finding) {
  if (f.cdk?.sourceFile && f.cdk.sourceLine && insideRoot(f.cdk.sourceFile)) {
    const primary = physical({ file: f.cdk.sourceFile, startLine: f.cdk.sourceLine, endLine: f.cdk.sourceLine });
    const related = f.location && insideRoot(f.location.file) ? [{ id: 1, ...physical(f.location), message: { text: escapeControls(`Synthesized template (${f.cdk.constructPath})`) } }] : [];
    return { locations: [primary], relatedLocations: related };
  }
  if (f.location && insideRoot(f.location.file)) return { locations: [physical(f.location)] };
  const name = f.cloud?.arn ?? f.resource.id;
  const logical = { logicalLocations: [{ fullyQualifiedName: name, kind: 'resource' }] };
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

export function formatSarif(result: ScanResult): string {
  const rules = [...result.rules].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Palisade',
            semanticVersion: result.tool.version,
            version: result.tool.version,
            rules: rules.map((r) => ({
              id: r.id,
              name: ruleName(r),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: `${r.description}\n\nRemediation: ${r.remediation}`, markdown: helpMarkdown(r) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                'security-severity': SECURITY_SEVERITY[r.severity],
                precision: 'high',
                tags: ['security', r.category, ...Object.keys(r.frameworks)],
              },
            })),
          },
        },
        automationDetails: { id: 'palisade/' },
        invocations: [
          {
            executionSuccessful: result.errors.every((e) => e.level !== 'error'),
            toolExecutionNotifications: result.errors.map((e) => ({
              level: e.level === 'error' ? 'error' : 'warning',
              message: { text: escapeControls(insideRoot(e.file) ? e.message : `${e.file}: ${e.message}`) },
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
            })),
          },
        ],
        results: result.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: escapeControls(f.message) },
          ...locationsOf(f),
          partialFingerprints: { 'palisadeFinding/v1': f.fingerprint },
          properties: {
            severity: f.severity,
            resource: f.resource.id,
            path: f.path,
            ...(f.expiredWaiver ? { expiredWaiver: f.expiredWaiver } : {}),
          },
          ...(f.baseline ? { baselineState: f.baseline === 'existing' ? 'unchanged' : 'new' } : {}),
          ...(f.suppressed ? { suppressions: [suppressionOf(f)] } : {}),
        })),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
