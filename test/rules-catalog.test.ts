/**
 * The rule catalog is complete: every rule that is not deprecated has a title, a description
 * saying why, a severity and category, a remediation, framework ids (NIST SP 800-53 Rev. 5 for
 * every rule, from the frameworks reports know) and a documentation anchor in rules/README.md
 * that reports link to. A gap in any rule fails here, naming the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/engine/catalog.js';
import { CATEGORIES, SEVERITIES } from '../src/findings/types.js';

const root = join(import.meta.dirname, '..');
const rules = loadCatalog().rules.filter((r) => !r.deprecated);
const FRAMEWORKS = new Set(['cis-aws', 'cis-docker', 'nist-800-53', 'pci-dss', 'soc2', 'hipaa', 'fsbp']);
const doc = readFileSync(join(root, 'rules/README.md'), 'utf8');

test('every rule has complete metadata', () => {
  const gaps: string[] = [];
  for (const r of rules) {
    const missing: string[] = [];
    if (!r.title || r.title.length < 10) missing.push('title');
    if (!r.description || r.description.length < 40) missing.push('description');
    if (!SEVERITIES.includes(r.severity)) missing.push('severity');
    if (!CATEGORIES.includes(r.category)) missing.push('category');
    if (!r.remediation || r.remediation.length < 20) missing.push('remediation');
    const names = Object.keys(r.frameworks);
    if (names.length === 0) missing.push('frameworks');
    for (const n of names) if (!FRAMEWORKS.has(n)) missing.push(`known framework (not ${n})`);
    for (const [n, ids] of Object.entries(r.frameworks)) if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || id === '')) missing.push(`ids for ${n}`);
    if (!r.frameworks['nist-800-53']?.length) missing.push('a NIST SP 800-53 control');
    if (!doc.includes(`\n## ${r.id}\n`)) missing.push('documentation anchor in rules/README.md');
    if (missing.length > 0) gaps.push(`${r.id} (${r.file}): ${missing.join(', ')}`);
  }
  assert.deepEqual(gaps, []);
});

test('deprecated rules keep their id, say so, and report from no source', () => {
  const deprecated = loadCatalog().rules.filter((r) => r.deprecated);
  assert.ok(deprecated.some((r) => r.id === 'PAL-S3-001'), 'PAL-S3-001 is retired, not deleted');
  for (const r of deprecated) {
    assert.match(r.description, /deprecated/i, r.id);
    assert.deepEqual(r.sources, [], r.id);
  }
});
