/** `palisade rules`: the rule catalog, as a table or JSON. */
import { loadCatalog } from '../engine/catalog.js';
import type { Rule } from '../findings/types.js';
import { outcome, type Outcome } from './outcome.js';

export function formatRulesTable(rules: Rule[]): string {
  const rows = rules.map((r) => [r.id, r.severity, r.category, r.sources.join(','), r.title]);
  const header = ['ID', 'SEVERITY', 'CATEGORY', 'SOURCES', 'TITLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n${rules.length} rules\n`;
}

export function runRules(flags: { json?: boolean }): Outcome {
  const rules = loadCatalog().rules.filter((r) => !r.deprecated);
  return outcome({ stdout: flags.json ? `${JSON.stringify(rules, null, 2)}\n` : formatRulesTable(rules) });
}
