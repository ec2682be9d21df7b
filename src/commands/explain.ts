/**
 * `palisade explain <rule id>`: a rule's documentation (what, why, how to fix), its framework
 * mappings and documentation anchor, and its fixtures as examples, the lines it flags marked.
 * Fixtures are read from the rule's folder beside the bundle when the package has them.
 * A custom rule (--policies, or the configuration's `policies:`) is explained from its METADATA,
 * with the Rego tests that exercise it and the fixtures of its own folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../engine/catalog.js';
import { describeCustomPolicies, type DescribedRule } from '../engine/custom.js';
import { EXIT, UsageError } from '../errors.js';
import type { Rule } from '../findings/types.js';
import type { InputError } from '../model/resource.js';
import { escapeControls, neutralizeLines, safeText } from '../report/text.js';
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
  const shown = lines.slice(0, EXAMPLE_LINES).map((l, i) => `  ${example.flagged.includes(i + 1) ? '>' : ' '} ${String(i + 1).padStart(width)} | ${escapeControls(l.replace(/\r$/, ''))}`);
  if (lines.length > EXAMPLE_LINES) shown.push(`    … ${lines.length - EXAMPLE_LINES} more lines`);
  return shown.join('\n');
}

/**
 * A custom rule's texts come from the user's files: shown without controls or line breaks, like
 * scanned input (the built-in catalog's are ours).
 */
function shownRule(rule: Rule): Rule {
  if (!rule.custom) return rule;
  const t = (x: string) => safeText(x);
  const frameworks = Object.fromEntries(Object.entries(rule.frameworks).map(([k, ids]) => [t(k), ids.map(t)]));
  return { ...rule, id: t(rule.id), title: t(rule.title), description: t(rule.description), remediation: t(rule.remediation), frameworks, resourceTypes: rule.resourceTypes.map(t), sources: rule.sources.map(t), file: t(rule.file), ...(rule.cwe ? { cwe: t(rule.cwe) } : {}) };
}

/** The explanation as text: pure, for the console. `tests`: a custom rule's Rego tests. */
export function formatExplanation(original: Rule, examples: Example[], tests: DescribedRule['tests'] = []): string {
  const rule = shownRule(original);
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
    ...(rule.custom ? ['Custom rule (from --policies or the configuration\'s policies:)'] : [`Documentation: ${DOCS_BASE}#${rule.id.toLowerCase()}`]),
    `Policy: ${rule.file}`,
  ];
  if (rule.custom) {
    out.push('', tests.length ? 'Rego tests (palisade test runs them):' : 'Rego tests: none import this rule\'s package');
    for (const t of tests) out.push(`  ${safeText(t.file)}${t.names.length ? `: ${t.names.join(', ')}` : ''}`);
  }
  for (const kind of ['fail', 'pass'] as const) {
    const list = examples.filter((e) => e.kind === kind);
    if (list.length === 0) continue;
    out.push('', kind === 'fail' ? 'Reported (> marks the line of each finding):' : 'Not reported:');
    for (const e of list) out.push(`  ${safeText(e.file)}`, numbered(e));
  }
  if (examples.length === 0) out.push('', rule.custom ? 'Examples: no fail-*/pass-* fixtures in the policy\'s own folder.' : 'Examples: the fixtures are not part of this installation.');
  return neutralizeLines(`${out.join('\n')}\n`);
}

export interface ExplainFlags {
  json?: boolean;
  /** Custom policy folders or bundles (--policies, repeatable). */
  policies?: string[];
  /** --config FILE, or false for --no-config: where the configuration's `policies:` come from. */
  config?: string | false;
}

/** The custom policies to look in: --policies, else the configuration's `policies:` (as a scan reads them). */
async function customPaths(flags: ExplainFlags, cwd: string): Promise<string[]> {
  if (flags.policies && flags.policies.length > 0) return flags.policies;
  const { readConfig, policyPaths } = await import('./scan.js');
  const { config, file } = await readConfig(flags, cwd);
  return policyPaths({}, config, file, cwd);
}

const problemLines = (errors: InputError[]) => errors.map((e) => `palisade: ${safeText(`${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`)}\n`).join('');

export async function runExplain(id: string, flags: ExplainFlags, cwd = process.cwd()): Promise<Outcome> {
  const builtin = loadCatalog().rules;
  const rule = findRule(builtin, id);
  // A custom rule can take no built-in id, so the built-in catalog answers first.
  if (rule) return explained(rule, examplesOf(rule), [], [], flags);
  const paths = await customPaths(flags, cwd);
  const custom = describeCustomPolicies(paths, { cwd, builtin });
  const found = custom.rules.find((d) => findRule([d.rule], id));
  if (!found) {
    const where = paths.length ? ` or the custom policies in ${paths.join(', ')}` : ' (palisade rules lists them; --policies DIR explains custom ones)';
    throw new UsageError(`explain: no rule ${JSON.stringify(id.slice(0, 40))} among the built-in rules${where}${custom.errors.length ? `\n${problemLines(custom.errors).trimEnd()}` : ''}`);
  }
  // Fixtures beside the policy belong to it only when its folder holds no other rule.
  const folder = dirname(found.rule.file);
  const alone = custom.rules.filter((d) => dirname(d.rule.file) === folder).length === 1;
  return explained(found.rule, alone ? examplesOf(found.rule, cwd) : [], found.tests, custom.errors, flags);
}

function explained(rule: Rule, examples: Example[], tests: DescribedRule['tests'], errors: InputError[], flags: ExplainFlags): Outcome {
  // Problems in other custom rules are reported, and make the exit code say so (3).
  const rest = { stderr: problemLines(errors), exitCode: errors.length > 0 ? EXIT.incomplete : EXIT.ok };
  if (flags.json) {
    const doc = rule.custom ? { tests } : { documentation: `${DOCS_BASE}#${rule.id.toLowerCase()}` };
    return outcome({ ...rest, stdout: `${JSON.stringify({ ...rule, ...doc, examples }, null, 2)}\n` });
  }
  return outcome({ ...rest, stdout: formatExplanation(rule, examples, tests) });
}
