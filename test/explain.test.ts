/**
 * `palisade explain`: documentation, mappings and the rule's own fixtures with the reported
 * lines marked; unknown ids are usage errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../src/engine/catalog.js';
import { examplesOf, findRule, formatExplanation } from '../src/commands/explain.js';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, palisade, ROOT } from './helpers/cli.js';

/** The CLI with no opa reachable: explaining a custom rule reads its METADATA, it compiles nothing. */
function noOpa(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'), NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-explain-'));
  cpSync(join(ROOT, 'fixtures/custom-policies'), dir, { recursive: true });
  return dir;
}

test('explain PAL-S3-005 prints what, why, how to fix, mappings, anchor and marked examples', () => {
  const r = palisade(['explain', 'PAL-S3-005']);
  assert.equal(r.status, 0, r.stderr);
  const rule = findRule(loadCatalog().rules, 'PAL-S3-005')!;
  assert.ok(r.stdout.startsWith(`PAL-S3-005  ${rule.title}\n`));
  assert.ok(r.stdout.includes(rule.description));
  assert.ok(r.stdout.includes(rule.remediation));
  const lines = r.stdout.split('\n');
  for (const [name, ids] of Object.entries(rule.frameworks)) assert.ok(lines.includes(`  ${name.padEnd(12)} ${ids.join(', ')}`), `${name} mapping`);
  assert.match(r.stdout, /^Documentation: rules\/README\.md#pal-s3-005$/m);
  assert.match(r.stdout, /^weakness CWE-732$/m);
  assert.match(formatExplanation(findRule(loadCatalog().rules, 'PAL-TAG-001')!, []), /^weakness none \(no CWE fits\)$/m);
  assert.match(r.stdout, /^Reported \(> marks the line of each finding\):$/m);
  assert.match(r.stdout, /^Not reported:$/m);
  // Each line expected.json pins is marked, and only those.
  const examples = examplesOf(rule);
  const fail = examples.find((e) => e.kind === 'fail')!;
  assert.ok(fail.flagged.length > 0);
  const marked = r.stdout.split('\n').filter((l) => l.startsWith('  > ')).length;
  assert.equal(marked, examples.reduce((n, e) => n + e.flagged.length, 0));
});

test('explain accepts a lower-case id, prints JSON, and refuses an unknown id with exit 2', () => {
  const json = JSON.parse(palisade(['explain', 'pal-ec2-005', '--json']).stdout);
  assert.equal(json.id, 'PAL-EC2-005');
  assert.equal(json.documentation, 'rules/README.md#pal-ec2-005');
  assert.deepEqual(json.examples.find((e: { kind: string }) => e.kind === 'fail').flagged, [3, 14]);
  const bad = palisade(['explain', 'PAL-NOPE-999']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /explain: no rule "PAL-NOPE-999"/);
});

test('a deprecated rule says so; a rule without fixtures says they are not installed', () => {
  const rule = findRule(loadCatalog().rules, 'PAL-S3-001')!;
  const text = formatExplanation(rule, []);
  assert.match(text, /^PAL-S3-001 .*\(deprecated\)$/m);
  assert.match(text, /Examples: the fixtures are not part of this installation\./);
});

test('a custom rule from --policies is explained from its METADATA, with the Rego tests that exercise it, and needs no opa', () => {
  const dir = workspace();
  const r = noOpa(['explain', 'acme-compose-001', '--policies', 'policies'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'ACME-COMPOSE-001  Image is not from the company registry');
  assert.equal(lines[1], 'severity high · category supply-chain · sources compose');
  assert.ok(r.stdout.includes('Acme builds, scans and signs every image in registry.acme.example;'));
  assert.ok(r.stdout.includes('  Mirror the image into registry.acme.example (`crane copy`) and reference it from there.'));
  assert.ok(lines.includes(`  ${'acme-standard'.padEnd(12)} SC-4`));
  assert.ok(lines.includes('Policy: policies/approved_registry.rego'));
  assert.ok(!r.stdout.includes('rules/README.md'), 'a custom rule has no anchor in the built-in docs');
  assert.ok(lines.includes('  policies/approved_registry_test.rego: test_outside_registry_is_reported, test_company_registry_passes'));
  // Two rules share the folder: its fixtures (none here) would not be this rule's alone.
  assert.ok(lines.includes("Examples: no fail-*/pass-* fixtures in the policy's own folder."));
  const other = noOpa(['explain', 'ACME-LAMBDA-001', '--policies', 'policies', '--json'], dir);
  const json = JSON.parse(other.stdout);
  assert.equal(json.custom, true);
  assert.equal(json.remediation, 'Move the function to nodejs22.x or python3.13.');
  assert.deepEqual(json.tests, [], 'no test imports the runtime rule');
  assert.equal(json.documentation, undefined);
});

test('explain finds a custom rule through the configuration\'s policies:, shows the fixtures of its own folder, and refuses an unknown id naming the folders', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.palisade.yaml'), 'policies: [policies, own]\n');
  mkdirSync(join(dir, 'own'));
  writeFileSync(
    join(dir, 'own/no_latest.rego'),
    ['# METADATA', '# title: Image uses the latest tag', '# description: A moving tag deploys whatever was pushed last.', '# custom:', '#   id: ACME-COMPOSE-002', '#   severity: low', '#   category: supply-chain', '#   remediation: Pin a version.', '#   cwe: CWE-1357', 'package palisade.rules.acme.compose.no_latest', '', 'import data.palisade.lib', '', 'deny contains lib.result(s, ["properties", "image"], "latest") if {', '\tsome s in lib.resources("compose.service")', '\tendswith(s.properties.image, ":latest")', '}', ''].join('\n'),
  );
  writeFileSync(join(dir, 'own/fail-latest.yaml'), 'services:\n  web:\n    image: nginx:latest\n');
  writeFileSync(join(dir, 'own/pass-pinned.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  writeFileSync(join(dir, 'own/expected.json'), JSON.stringify({ 'fail-latest.yaml': [{ rule: 'ACME-COMPOSE-002', line: 3 }] }));
  const r = noOpa(['explain', 'ACME-COMPOSE-002'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^weakness CWE-1357$/m);
  assert.match(r.stdout, /^Rego tests: none import this rule's package$/m);
  assert.match(r.stdout, /^Reported \(> marks the line of each finding\):\n {2}own\/fail-latest\.yaml\n {4}1 \| services:\n {4}2 \| {3}web:\n {2}> 3 \| {5}image: nginx:latest$/m);
  assert.match(r.stdout, /^Not reported:\n {2}own\/pass-pinned\.yaml$/m);
  const unknown = noOpa(['explain', 'ACME-NOPE-009'], dir);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /explain: no rule "ACME-NOPE-009" among the built-in rules or the custom policies in policies, own$/m);
  assert.equal(noOpa(['explain', 'ACME-COMPOSE-002', '--no-config'], dir).status, 2, '--no-config reads no policies:');
});

test('a broken rule beside the explained one: the explanation is printed, the problem named at its line, exit 3', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'policies/untitled.rego'), '# METADATA\n# custom:\n#   id: ACME-X-001\npackage palisade.rules.acme.compose.untitled\n');
  const r = noOpa(['explain', 'ACME-COMPOSE-001', '--policies', 'policies'], dir);
  assert.equal(r.status, 3);
  assert.ok(r.stdout.startsWith('ACME-COMPOSE-001  Image is not from the company registry\n'));
  assert.match(r.stderr, /^palisade: policies\/untitled\.rego:1: custom policy: METADATA title is missing$/m);
});

test('a custom rule\'s texts are the user\'s: no control character and no line a CI runner would read as a command', () => {
  const dir = workspace();
  writeFileSync(
    join(dir, 'policies/loud.rego'),
    ['# METADATA', '# title: "Loud \\e[31mred"', '# description: |', '#   first line', '#   ::error file=x::forged', '# custom:', '#   id: ACME-LOUD-001', '#   severity: low', '#   category: access', '#   remediation: "::add-mask::x"', 'package palisade.rules.acme.compose.loud', ''].join('\n'),
  );
  const r = noOpa(['explain', 'ACME-LOUD-001', '--policies', 'policies'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f]/.test(r.stdout), JSON.stringify(r.stdout));
  assert.ok(r.stdout.split('\n').every((l) => !l.trimStart().startsWith('::')), r.stdout);
  assert.ok(r.stdout.includes('ACME-LOUD-001  Loud \\x1b[31mred'), 'the escape is shown, not sent');
  assert.ok(r.stdout.includes('first line\\x0a::error file=x::forged'), 'the description stays one line');
});
