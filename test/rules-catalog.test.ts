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

/** The rule's own section of rules/README.md. */
function sectionOf(id: string): string {
  const start = doc.indexOf(`\n## ${id}\n`);
  if (start < 0) return '';
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

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
    // `cwe: none` (null here) is an explicit answer; a rule that never says is a gap.
    if (!('cwe' in r) || (r.cwe !== null && !/^CWE-[1-9]\d*$/.test(String(r.cwe)))) missing.push('cwe (a CWE id, or none)');
    else if (!sectionOf(r.id).includes(`**CWE:** ${r.cwe ? `[${r.cwe}]` : 'none'}`)) missing.push('CWE in rules/README.md');
    if (missing.length > 0) gaps.push(`${r.id} (${r.file}): ${missing.join(', ')}`);
  }
  assert.deepEqual(gaps, []);
});

test('CWE ids say what the weakness is: transport, storage, credentials, logging, access, none', () => {
  const cwe = (id: string) => loadCatalog().rules.find((r) => r.id === id)?.cwe;
  assert.equal(cwe('PAL-S3-006'), 'CWE-319'); // insecure transport allowed
  assert.equal(cwe('PAL-RDS-001'), 'CWE-311'); // storage not encrypted
  assert.equal(cwe('PAL-RDS-006'), 'CWE-798'); // password in the template
  assert.equal(cwe('PAL-CT-001'), 'CWE-778'); // trail misses regions
  assert.equal(cwe('PAL-S3-005'), 'CWE-732'); // public bucket policy
  assert.equal(cwe('PAL-IAM-001'), 'CWE-250'); // admin grant
  assert.equal(cwe('PAL-TAG-001'), null); // governance: no weakness
  const used = new Set(rules.map((r) => r.cwe));
  assert.ok(used.size > 25, 'rules are mapped one by one, not all to one id');
});

test('deprecated rules keep their id, say so, and report from no source', () => {
  const deprecated = loadCatalog().rules.filter((r) => r.deprecated);
  assert.ok(deprecated.some((r) => r.id === 'PAL-S3-001'), 'PAL-S3-001 is retired, not deleted');
  for (const r of deprecated) {
    assert.match(r.description, /deprecated/i, r.id);
    assert.deepEqual(r.sources, [], r.id);
  }
});
