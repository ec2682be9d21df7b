/**
 * `palisade explain <rule id>`: a rule's documentation (what, why, how to fix), its framework
 * mappings and documentation anchor, and its fixtures as examples, the lines it flags marked.
 * Fixtures are read from the rule's folder beside the bundle when the package has them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../engine/catalog.js';
import { UsageError } from '../errors.js';
import type { Rule } from '../findings/types.js';
import { outcome, type Outcome } from './outcome.js';
import { PACKAGE_ROOT } from '../package-root.js';

/** Lines of one example shown at most: enough for a resource, not a whole stack. */
const EXAMPLE_LINES = 40;
export const DOCS_BASE = 'rules/README.md';

export interface Example {
  file: string;
  kind: 'fail' | 'pass';
  text: string;
  /** Lines the rule reports in this fixture (1-based), from expected.json. */
  flagged: number[];
}

/** The rule's fixtures, failing ones first; none when the package does not ship them. */
export function examplesOf(rule: Rule, root = PACKAGE_ROOT): Example[] {
  const dir = join(root, dirname(rule.file));
  if (!existsSync(dir)) return [];
  const expectedFile = join(dir, 'expected.json');
  const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>) : {};
  const files = readdirSync(dir).filter((f) => /^(fail|pass)-/.test(f)).sort((a, b) => Number(b.startsWith('fail-')) - Number(a.startsWith('fail-')) || a.localeCompare(b));
  return files.map((file) => {
    const pinned = expected[file];
    const flagged = Array.isArray(pinned) ? pinned.map((e) => (e as { line: number }).line).filter((n) => Number.isInteger(n)) : [];
    return { file: `${dirname(rule.file)}/${file}`, kind: file.startsWith('fail-') ? 'fail' : 'pass', text: readFileSync(join(dir, file), 'utf8'), flagged };
  });
}

export function findRule(rules: Rule[], id: string): Rule | undefined {
  const wanted = id.trim().toUpperCase();
  return rules.find((r) => r.id === wanted || (r.aliases ?? []).some((a) => a.toUpperCase() === wanted));
}

function numbered(example: Example): string {
  const lines = example.text.replace(/\n$/, '').split('\n');
  const width = String(Math.min(lines.length, EXAMPLE_LINES)).length;
  const shown = lines.slice(0, EXAMPLE_LINES).map((l, i) => `  ${example.flagged.includes(i + 1) ? '>' : ' '} ${String(i + 1).padStart(width)} | ${l}`);
  if (lines.length > EXAMPLE_LINES) shown.push(`    … ${lines.length - EXAMPLE_LINES} more lines`);
  return shown.join('\n');
}

/** The explanation as text: pure, for the console. */
export function formatExplanation(rule: Rule, examples: Example[]): string {
  const frameworks = Object.entries(rule.frameworks).map(([name, ids]) => `  ${name.padEnd(12)} ${ids.join(', ')}`);
  const out = [
    `${rule.id}  ${rule.title}${rule.deprecated ? '  (deprecated)' : ''}`,
    `severity ${rule.severity} · category ${rule.category} · sources ${rule.sources.join(', ') || 'none'}`,
    ...(rule.cwe !== undefined ? [`weakness ${rule.cwe ?? 'none (no CWE fits)'}`] : []),
    ...(rule.resourceTypes.length ? [`resources ${rule.resourceTypes.join(', ')}`] : []),
    '',
    rule.description,
    '',
    'Remediation:',
    `  ${rule.remediation}`,
    '',
    'Frameworks:',
    ...(frameworks.length ? frameworks : ['  none']),
    '',
    `Documentation: ${DOCS_BASE}#${rule.id.toLowerCase()}`,
    `Policy: ${rule.file}`,
  ];
  for (const kind of ['fail', 'pass'] as const) {
    const list = examples.filter((e) => e.kind === kind);
    if (list.length === 0) continue;
    out.push('', kind === 'fail' ? 'Reported (> marks the line of each finding):' : 'Not reported:');
    for (const e of list) out.push(`  ${e.file}`, numbered(e));
  }
  if (examples.length === 0) out.push('', 'Examples: the fixtures are not part of this installation.');
  return `${out.join('\n')}\n`;
}

export function runExplain(id: string, flags: { json?: boolean }): Outcome {
  const rules = loadCatalog().rules;
  const rule = findRule(rules, id);
  if (!rule) throw new UsageError(`explain: no rule ${JSON.stringify(id.slice(0, 40))} (palisade rules lists them)`);
  const examples = examplesOf(rule);
  if (flags.json) return outcome({ stdout: `${JSON.stringify({ ...rule, documentation: `${DOCS_BASE}#${rule.id.toLowerCase()}`, examples }, null, 2)}\n` });
  return outcome({ stdout: formatExplanation(rule, examples) });
}
