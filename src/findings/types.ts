import type { SourceKind } from '../model/resource.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['encryption', 'access', 'logging', 'tagging', 'reliability', 'supply-chain'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A rule as described by its Rego METADATA block (policies/bundle/catalog.json). */
export interface Rule {
  id: string;
  /** Package below palisade.rules, e.g. `compose.access.privileged`. */
  package: string;
  title: string;
  description: string;
  severity: Severity;
  category: Category;
  remediation: string;
  frameworks: Record<string, string[]>;
  resourceTypes: string[];
  sources: string[];
  deprecated?: boolean;
  aliases?: string[];
  /**
   * The CWE id the weakness maps to (`CWE-732`); `null` when the rule's METADATA says `cwe: none`
   * (no CWE fits). Every built-in rule has the field; custom rules may leave it out.
   */
  cwe?: string | null;
  /** A rule from --policies / `policies:` (not in the built-in catalog). */
  custom?: true;
  /** The policy file, relative to the package root (custom rules: to the working directory). */
  file: string;
}

export interface Location {
  file: string;
  startLine: number;
  endLine: number;
}

/**
 * Where a live resource was declared: its `aws:cloudformation:stack-name` / `logical-id` tags
 * matched a template or cdk.out stack of the same scan. `location` is the template line of the
 * judged attribute (else of the resource); `cdk` the construct and the app's source line.
 */
export interface IacLink {
  stack: string;
  logicalId: string;
  /** The template resource's id in this scan (`<file>#<logical id>`). */
  resource: string;
  location: Location;
  cdk?: { constructPath: string; sourceFile?: string; sourceLine?: number };
}

export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  category: Category;
  message: string;
  source: SourceKind;
  resource: { id: string; type: string; name: string };
  /** The attribute the rule judged, e.g. `properties.ports.0`. */
  path: string;
  location?: Location;
  cloud?: { arn?: string; account?: string; region?: string };
  /** `frameworkManaged`: aws-cdk-lib created the resource; the source line is the user code that caused it. */
  cdk?: { constructPath: string; sourceFile?: string; sourceLine?: number; frameworkManaged?: true; templateLocation?: Location };
  /** A live resource's template (and CDK) origin, when its stack is in the same scan. */
  iac?: IacLink;
  /** The resource's `owner` tag or label, when it has a plain value: who to ask. */
  owner?: string;
  /** null, or why the finding is suppressed. */
  suppressed: string | null;
  /** How it is suppressed, when it is (the reason is also in `suppressed`). */
  suppression?: Suppression;
  /** A waiver that matched but has expired: the finding is active again. */
  expiredWaiver?: { reason: string; owner?: string; expires: string; source?: string };
  /** With --baseline: `existing` when the baseline has it (it does not count for the exit code). */
  baseline?: 'new' | 'existing';
  /** Stable across runs and line moves: rule + resource + attribute path. */
  fingerprint: string;
}

export type SuppressionKind = 'waiver' | 'inline';

export interface Suppression {
  kind: SuppressionKind;
  reason: string;
  /** Where an inline one came from: `compose-comment`, `palisade-metadata`, `cdk-nag`, `checkov`. */
  via?: string;
  /** The rule id as written there, when it is another tool's (cdk_nag `AwsSolutions-S1`). */
  foreignId?: string;
  owner?: string;
  /** ISO date (YYYY-MM-DD) after which a waiver suppresses nothing. */
  expires?: string;
  /** Where it is written: the config file or the scanned file, and the line. */
  source?: { file: string; line?: number };
}

/** Does the finding count for the exit code: not suppressed and not already in the baseline. */
export const isActive = (f: Finding): boolean => !f.suppressed && f.baseline !== 'existing';

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function atOrAbove(s: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && severityRank(s) >= severityRank(threshold);
}
