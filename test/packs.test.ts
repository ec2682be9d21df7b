/**
 * Framework packs: --pack selects the rules mapped to the framework and applies the pack's
 * severities; several packs select the union with the highest severity; the configuration's own
 * severities and disabled rules still win; an unknown pack is a usage error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../src/engine/catalog.js';
import { loadPacks, packNames, withPacks } from '../src/findings/packs.js';
import { palisade } from './helpers/cli.js';

const rules = loadCatalog().rules;
const byId = (id: string) => rules.find((r) => r.id === id)!;

test('the five packs exist, each selects rules of its framework, and every override names a rule of the pack', () => {
  assert.deepEqual(packNames(), ['cis-aws', 'fsbp', 'nist-800-53', 'pci-dss', 'soc2']);
  for (const pack of loadPacks(packNames())) {
    const selected = rules.filter((r) => !r.deprecated && r.frameworks[pack.framework]?.length);
    assert.ok(selected.length >= 3, `${pack.name} selects ${selected.length} rules`);
    for (const id of Object.keys(pack.severity)) assert.ok(byId(id)?.frameworks[pack.framework], `${pack.name}: ${id} is not in the pack`);
  }
});

test('one pack: rules outside it are disabled, its severities apply, the configuration still wins', () => {
  const [cis] = loadPacks(['cis-aws']);
  const s = withPacks(rules, [cis!]);
  assert.ok(s.disabled!.includes('PAL-CT-004'), 'CloudWatch delivery is not a CIS v3.0 recommendation');
  assert.ok(!s.disabled!.includes('PAL-CT-001'));
  assert.equal(s.severity!['PAL-CT-001'], 'high');
  assert.equal(byId('PAL-CT-001').severity, 'medium', 'the catalog itself is unchanged');
  const mine = withPacks(rules, [cis!], { disabled: ['PAL-IAM-001'], severity: { 'PAL-CT-001': 'low' } });
  assert.equal(mine.severity!['PAL-CT-001'], 'low');
  assert.ok(mine.disabled!.includes('PAL-IAM-001'));
});

test('several packs: the union of their rules, the highest severity either gives', () => {
  const packs = loadPacks(['fsbp', 'cis-aws']);
  const s = withPacks(rules, packs);
  assert.ok(!s.disabled!.includes('PAL-EC2-005'), 'fsbp rule kept');
  assert.ok(!s.disabled!.includes('PAL-CT-002'), 'cis rule kept');
  assert.ok(s.disabled!.includes('PAL-COMPOSE-026'));
  const nist = withPacks(rules, loadPacks(['nist-800-53', 'cis-aws']));
  assert.equal(nist.severity!['PAL-CT-001'], 'high');
});

test('CLI: --pack re-weights the gate, several packs combine, an unknown pack exits 2', () => {
  const dir = 'policies/aws/cloudtrail/multi_region';
  const all = palisade(['scan', dir, '--json', '-']);
  assert.equal(all.status, 0, all.stderr);
  const cis = palisade(['scan', dir, '--pack', 'cis-aws', '--json', '-']);
  assert.equal(cis.status, 1, 'PAL-CT-001 is high under CIS');
  const report = JSON.parse(cis.stdout) as { findings: Array<{ ruleId: string; severity: string }> };
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-CT-001' && f.severity === 'high'));
  assert.ok(!report.findings.some((f) => f.ruleId === 'PAL-CT-004'), 'a rule outside the pack still reported');
  const both = palisade(['scan', dir, '--pack', 'fsbp,cis-aws', '--pack', 'soc2', '--json', '-']);
  assert.ok(JSON.parse(both.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'PAL-CT-004'), 'soc2 maps PAL-CT-004');
  const bad = palisade(['scan', dir, '--pack', 'hipaa-2']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--pack: no pack 'hipaa-2' \(packs: cis-aws, fsbp, nist-800-53, pci-dss, soc2\)/);
});
