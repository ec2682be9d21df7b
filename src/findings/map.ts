/**
 * The one place where a rule's raw result becomes a finding: rule metadata from the catalog,
 * the attribute path turned into a file and line through the resource's provenance.
 */
import type { CdkInfo, FileProvenance, Resource, Span } from '../model/resource.js';
import { spanAt } from '../model/locations.js';
import type { RawResult } from '../engine/evaluate.js';
import type { Finding, Location, Rule } from './types.js';
import { SEVERITIES } from './types.js';
import { fingerprint, logicalIdentity } from './fingerprint.js';

export { fingerprint } from './fingerprint.js';

/** The span of the longest prefix of `path` the loader recorded, else the resource's own span. */
export function locate(p: FileProvenance, path: ReadonlyArray<string | number>): Location {
  return locateAt(p, prefixes(path));
}

/** joinPath of every prefix of `path`, shortest first: [a, a.b, a.b.c]. */
function prefixes(path: ReadonlyArray<string | number>): string[] {
  const out: string[] = [];
  let text = '';
  for (let n = 0; n < path.length; n++) {
    text = n === 0 ? String(path[0]) : `${text}.${String(path[n])}`;
    out.push(text);
  }
  return out;
}

function locateAt(p: FileProvenance, keys: string[]): Location {
  for (let n = keys.length - 1; n >= 0; n--) {
    const span = spanAt(p.locations, keys[n]!);
    if (span) return toLocation(p, span);
  }
  return toLocation(p, p.span);
}

/** The construct a finding points at: the linked resource's, for an attribute that came from one. */
function cdkOf(p: FileProvenance, keys: string[]): CdkInfo | undefined {
  if (p.cdkLinked) {
    for (let n = keys.length - 1; n >= 0; n--) {
      const linked = p.cdkLinked[keys[n]!];
      if (linked) return linked;
    }
  }
  return p.cdk;
}

function toLocation(p: FileProvenance, span: Span): Location {
  return { file: span.file ?? p.file, startLine: span.line, endLine: span.endLine };
}

/** The `owner` tag (any case) when it is a plain string. */
function ownerOf(tags: Resource['tags']): string | undefined {
  for (const key of Object.keys(tags)) {
    const value = tags[key];
    if (typeof value === 'string' && key.toLowerCase() === 'owner') return value;
  }
  return undefined;
}

export interface MapOutcome {
  findings: Finding[];
  /** Results that name an unknown rule or resource: a bug in a policy, reported, never dropped. */
  problems: string[];
}

export function toFindings(raw: RawResult[], rules: Rule[], resources: Resource[]): MapOutcome {
  const out = findingMapper(rules)(raw, resources);
  out.findings.sort(compareFindings);
  return out;
}

/**
 * Maps raw results to findings, unsorted, batch by batch: `resources` need only hold the
 * resources the results name. One finding per rule, resource and attribute (within one call:
 * a resource's results all come from the batch that judges it). The engine's order does not
 * matter: of two results for one rule, resource and attribute the one with the lesser message
 * is kept, and compareFindings orders every finding that can differ.
 */
export function findingMapper(rules: Rule[]): (raw: RawResult[], resources: Resource[]) => MapOutcome {
  const byPackage = new Map(rules.map((r) => [r.package, r]));
  return (raw, resources) => {
    const byId = new Map(resources.map((r) => [r.id, r]));
    const findings: Finding[] = [];
    const problems: string[] = [];
    const seen = new Map<string, { at: number; msg: string }>();
    for (const result of raw) {
      const rule = byPackage.get(result.rule);
      const resource = byId.get(result.resource);
      if (!rule || !resource) {
        problems.push(`policy ${result.rule} returned a result for ${rule ? `unknown resource ${result.resource}` : 'a rule with no METADATA'}`);
        continue;
      }
      const path = Array.isArray(result.path) ? result.path : [];
      const keys = prefixes(path);
      const pathText = keys.at(-1) ?? '';
      // One finding per rule, resource and attribute; the fingerprint may be shared by equal
      // logical ids in two templates (baselines match by count).
      const key = `${rule.id}\u0000${resource.id}\u0000${pathText}`;
      const msg = String(result.msg);
      const earlier = seen.get(key);
      if (earlier && earlier.msg <= msg) continue;
      const finding = toFinding(rule, resource, keys, pathText, withTargets(msg, resource));
      if (earlier) findings[earlier.at] = finding;
      seen.set(key, { at: earlier ? earlier.at : findings.push(finding) - 1, msg });
    }
    return { findings, problems };
  };
}

function toFinding(rule: Rule, resource: Resource, keys: string[], pathText: string, message: string): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    category: rule.category,
    message,
    source: resource.source,
    resource: { id: resource.id, type: resource.type, name: resource.name },
    path: pathText,
    suppressed: null,
    fingerprint: fingerprint(rule.id, logicalIdentity(resource), pathText),
  };
  const owner = ownerOf(resource.tags);
  if (owner !== undefined) finding.owner = owner;
  const p = resource.provenance;
  if (p.kind === 'file') {
    finding.location = locateAt(p, keys);
    const cdk = cdkOf(p, keys);
    if (cdk) finding.cdk = { ...cdk, templateLocation: finding.location };
  } else {
    finding.cloud = { arn: p.arn, account: p.account, region: p.region };
  }
  return finding;
}

/** A policy-only resource's finding also names what the policy applies to (see FileProvenance.policyOf). */
function withTargets(message: string, r: Resource): string {
  const targets = r.provenance.kind === 'file' ? r.provenance.policyOf : undefined;
  if (!targets || targets.length === 0) return message;
  return `${message} ${r.name} applies to ${targets.join(', ')}, outside the template.`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (a.location?.file ?? a.resource.id).localeCompare(b.location?.file ?? b.resource.id) ||
    (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.fingerprint.localeCompare(b.fingerprint) ||
    // Ties past here are rare (one logical resource twice in a file): an order of their own, not the engine's.
    compareText(a.message, b.message) ||
    compareText(a.resource.id, b.resource.id) ||
    compareText(a.path, b.path)
  );
}

/** By UTF-16 code units: total and locale-free. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
