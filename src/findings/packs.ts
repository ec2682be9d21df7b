/**
 * Packs (rules/packs/<name>.json): a framework's view of the catalog. A pack selects the rules
 * that map to its framework and may re-weight their severity; several packs select the union
 * and the highest severity any of them gives. Without a pack every rule runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { RuleSettings } from './settings.js';
import { SEVERITIES, severityRank, type Rule, type Severity } from './types.js';
import { PACKAGE_ROOT } from '../package-root.js';

export const PACKS_DIR = join(PACKAGE_ROOT, 'rules', 'packs', '/');

export interface Pack {
  name: string;
  title: string;
  /** The key under a rule's METADATA `frameworks` that puts the rule in this pack. */
  framework: string;
  /** Severity overrides for rules of the pack. */
  severity: Record<string, Severity>;
  why?: string;
}

export function packNames(dir = PACKS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export function loadPacks(names: string[], dir = PACKS_DIR): Pack[] {
  const known = packNames(dir);
  return [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))].map((name) => {
    if (!known.includes(name)) throw new UsageError(`--pack: no pack '${name.slice(0, 40)}' (packs: ${known.join(', ')})`);
    const pack = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Pack;
    for (const [id, s] of Object.entries(pack.severity ?? {})) {
      if (!(SEVERITIES as readonly string[]).includes(s)) throw new UsageError(`rules/packs/${name}.json: ${id}: severity ${s} is not one of ${SEVERITIES.join(', ')}`);
    }
    return pack;
  });
}

/** Whether the rule belongs to the pack. */
export function inPack(rule: Rule, pack: Pack): boolean {
  return (rule.frameworks[pack.framework]?.length ?? 0) > 0;
}

/**
 * The rule settings the packs imply, merged under the configuration's: rules outside every pack
 * are disabled; a pack's severity applies unless the configuration sets one for the rule.
 */
export function withPacks(rules: Rule[], packs: Pack[], settings: RuleSettings = {}): RuleSettings {
  if (packs.length === 0) return settings;
  const disabled = new Set(settings.disabled ?? []);
  const severity: Record<string, Severity> = {};
  for (const rule of rules) {
    const mine = packs.filter((p) => inPack(rule, p));
    if (mine.length === 0) {
      disabled.add(rule.id);
      continue;
    }
    for (const p of mine) {
      const s = p.severity?.[rule.id];
      if (s && (!severity[rule.id] || severityRank(s) > severityRank(severity[rule.id]!))) severity[rule.id] = s;
    }
  }
  return { disabled: [...disabled], severity: { ...severity, ...(settings.severity ?? {}) } };
}
