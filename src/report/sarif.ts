/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help, security-severity and tags;
 * results with relative URIs, regions and stable partial fingerprints; input errors as
 * tool execution notifications.
 */
import type { ScanResult } from '../findings/result.js';
import type { Finding, Location, Rule, Severity } from '../findings/types.js';

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

function locationsOf(f: Finding) {
  if (f.cdk?.sourceFile && f.cdk.sourceLine) {
    const primary = physical({ file: f.cdk.sourceFile, startLine: f.cdk.sourceLine, endLine: f.cdk.sourceLine });
    const related = f.location ? [{ id: 1, ...physical(f.location), message: { text: `Synthesized template (${f.cdk.constructPath})` } }] : [];
    return { locations: [primary], relatedLocations: related };
  }
  if (f.location) return { locations: [physical(f.location)] };
  const name = f.cloud?.arn ?? f.resource.id;
  return { locations: [{ logicalLocations: [{ fullyQualifiedName: name, kind: 'resource' }] }] };
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
              message: { text: e.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeUri(e.file), uriBaseId: '%SRCROOT%' },
                    ...(e.line !== undefined ? { region: { startLine: e.line } } : {}),
                  },
                },
              ],
            })),
          },
        ],
        results: result.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          ...locationsOf(f),
          partialFingerprints: { 'palisadeFinding/v1': f.fingerprint },
          properties: { severity: f.severity, resource: f.resource.id, path: f.path },
          ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: f.suppressed }] } : {}),
        })),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
