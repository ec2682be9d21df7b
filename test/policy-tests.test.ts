/**
 * `palisade test`: the Rego tests of custom policies run by the real opa (the pinned one,
 * scripts/install-opa.sh, put on PATH) with Palisade's helpers: a pass, a failing test at its
 * line, Rego that does not parse at its line, no opa, no tests, the configuration's policies:,
 * an opa of another version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, ROOT } from './helpers/cli.js';

const OPA = execFileSync('bash', [join(ROOT, 'scripts/install-opa.sh')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const NO_OPA = [dirname(process.execPath), '/usr/bin', '/bin'].join(':');
const WITH_OPA = [dirname(OPA), NO_OPA].join(':');

function run(args: string[], cwd: string, path = WITH_OPA) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: path, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the worked example in a temporary working directory. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-regotest-'));
  cpSync(join(ROOT, 'fixtures/custom-policies'), dir, { recursive: true });
  return dir;
}

const TEST_FILE = 'policies/approved_registry_test.rego';

test('the worked example\'s tests pass: exit 0, each test named at its line with --verbose and in JSON', () => {
  const dir = workspace();
  const r = run(['test', '--policies', 'policies', '--verbose'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), [
    `ok    palisade.rules.acme.compose.approved_registry_test.test_outside_registry_is_reported  ${TEST_FILE}:7`,
    `ok    palisade.rules.acme.compose.approved_registry_test.test_company_registry_passes  ${TEST_FILE}:11`,
    'Rego tests: 2 passed, 0 failed (opa 1.22.3)',
  ]);
  assert.equal(r.stderr, '');
  const json = JSON.parse(run(['test', '--policies', 'policies', '--json'], dir).stdout);
  assert.deepEqual(json.tests.map((t: { name: string; line: number; outcome: string }) => `${t.name}:${t.line}:${t.outcome}`), ['test_outside_registry_is_reported:7:pass', 'test_company_registry_passes:11:pass']);
  assert.deepEqual(json.errors, []);
  // Without --verbose only the summary (failures would be listed).
  assert.equal(run(['test', '--policies', 'policies'], dir).stdout, 'Rego tests: 2 passed, 0 failed (opa 1.22.3)\n');
});

test('a failing test is listed at its line and exits 1; --run picks tests by name', () => {
  const dir = workspace();
  // The rule now lets one more registry through, which the first test catches.
  const rego = join(dir, 'policies/approved_registry.rego');
  const text = execFileSync('cat', [rego], { encoding: 'utf8' });
  writeFileSync(rego, text.replace('registry := "registry.acme.example/"', 'registry := ""'));
  const r = run(['test', '--policies', 'policies'], dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), [`FAIL  palisade.rules.acme.compose.approved_registry_test.test_outside_registry_is_reported  ${TEST_FILE}:7`, 'Rego tests: 1 passed, 1 failed (opa 1.22.3)']);
  const only = run(['test', '--policies', 'policies', '--run', 'company'], dir);
  assert.equal(only.status, 0, only.stdout + only.stderr);
  assert.equal(only.stdout, 'Rego tests: 1 passed, 0 failed (opa 1.22.3)\n');
  const none = run(['test', '--policies', 'policies', '--run', 'nothing_is_named_so'], dir);
  assert.equal(none.status, 3);
  assert.match(none.stderr, /no test matches --run nothing_is_named_so/);
  assert.equal(run(['test', '--policies', 'policies', '--run', '('], dir).status, 2, 'a bad regular expression is a usage error');
});

test('Rego that does not parse is an error at its file and line; no tests ran: exit 3', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'policies/broken.rego'), 'package palisade.rules.acme.compose.broken\n\ndeny contains x if {\n  x := \n}\n');
  const r = run(['test', '--policies', 'policies'], dir);
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.match(r.stderr, /^palisade: policies\/broken\.rego:5: custom policy: rego_parse_error: /m);
  assert.equal(r.stdout, 'Rego tests: 0 passed, 0 failed (opa 1.22.3); incomplete: 1 error\n');
});

test('without opa on PATH: a message naming opa and its version, exit 3; a folder without tests is an error naming it', () => {
  const dir = workspace();
  const r = run(['test', '--policies', 'policies'], dir, NO_OPA);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /^palisade: policies: custom policies: running Rego tests needs the opa CLI \(Open Policy Agent 1\.22\.3, the version the built-in rules are built with\), and no opa is on PATH: install it; no test was run$/m);
  mkdirSync(join(dir, 'untested'));
  cpSync(join(dir, 'policies/approved_runtime.rego'), join(dir, 'untested/approved_runtime.rego'));
  const untested = run(['test', '--policies', 'untested'], dir);
  assert.equal(untested.status, 3);
  assert.match(untested.stderr, /^palisade: untested: custom policies: no Rego tests here \(files named \*_test\.rego, with rules named test_\*\)$/m);
  const missing = run(['test', '--policies', 'nowhere'], dir);
  assert.equal(missing.status, 3);
  assert.match(missing.stderr, /^palisade: nowhere: custom policies: no such file or folder$/m);
  assert.equal(run(['test'], dir).status, 2, 'no policies at all is a usage error');
});

test('the configuration\'s policies: are tested when no --policies is given', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.palisade.yaml'), 'policies: [policies]\n');
  const r = run(['test'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, 'Rego tests: 2 passed, 0 failed (opa 1.22.3)\n');
  assert.equal(run(['test', '--no-config'], dir).status, 2);
});

test('an opa of another version than the pinned one runs the tests with a warning saying so', () => {
  const dir = workspace();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  // The real opa, answering `opa version` as another release would.
  writeFileSync(join(bin, 'opa'), `#!/bin/sh\nif [ "$1" = version ]; then echo "Version: 0.70.0"; exit 0; fi\nexec '${OPA}' "$@"\n`);
  chmodSync(join(bin, 'opa'), 0o755);
  const r = run(['test', '--policies', 'policies'], dir, [bin, NO_OPA].join(':'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stderr, 'palisade: warning: opa: custom policies: this opa is 0.70.0; the built-in rules are built and tested with 1.22.3, and results may differ\n');
  assert.equal(r.stdout, 'Rego tests: 2 passed, 0 failed (opa 0.70.0)\n');
  assert.ok(!r.stdout.includes(dir) && !r.stderr.includes(dir), 'opa\'s path stays out of the output');
});
