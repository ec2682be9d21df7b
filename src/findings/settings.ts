/** Rule settings from the configuration: disabled rules and severity overrides. */
import type { Finding, Rule, Severity } from './types.js';

export interface RuleSettings {
  disabled?: string[];
  severity?: Record<string, Severity>;
}

/** The catalog with severity overrides applied (disabled rules stay, so their results are recognized). */
export function configureRules(rules: Rule[], settings: RuleSettings = {}): Rule[] {
  return rules.map((r) => (settings.severity?.[r.id] ? { ...r, severity: settings.severity[r.id]! } : r));
}

export function enabledRules(rules: Rule[], settings: RuleSettings = {}): Rule[] {
  const off = new Set(settings.disabled ?? []);
  return rules.filter((r) => !off.has(r.id) && !r.deprecated);
}

export function dropDisabled(findings: Finding[], settings: RuleSettings = {}): Finding[] {
  const off = new Set(settings.disabled ?? []);
  return findings.filter((f) => !off.has(f.ruleId));
}
