/**
 * Custom policies (--policies DIR, `policies:`): the worked example in fixtures/custom-policies
 * compiled with the real opa (scripts/install-opa.sh, the pinned one in .tools/bin) put on PATH,
 * or read from a prebuilt wasm bundle with no opa at all; its rules reported like built-in ones
 * in JSON, SARIF, Markdown and HTML; every problem an error naming the file and line (exit 3)
 * while the built-in rules still judge the inputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLI, ROOT } from './helpers/cli.js';
import { packageAnnotation } from '../src/engine/custom.js';
import { readTarGz } from '../src/engine/tar.js';

const OPA = execFileSync('bash', [join(ROOT, 'scripts/install-opa.sh')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const EXAMPLE = join(ROOT, 'fixtures/custom-policies');
/** A PATH with node and the system tools, and no opa. */
const NO_OPA = [dirname(process.execPath), '/usr/bin', '/bin'].join(':');
const WITH_OPA = [dirname(OPA), NO_OPA].join(':');

function run(args: string[], cwd: string, path: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: path, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  findings: Array<{ ruleId: string; location?: { file: string; startLine: number }; resource: { name: string }; severity: string }>;
  rules: Array<{ id: string; custom?: boolean; title: string }>;
  errors: Array<{ file: string; line?: number; level: string; message: string }>;
}

/** A copy of the example in a temporary working directory. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-custom-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

const acme = (r: Report) => r.findings.filter((f) => f.ruleId.startsWith('ACME-')).map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.startLine} ${f.resource.name}`).sort();
const EXPECTED = ['ACME-COMPOSE-001 project/compose.yaml:3 web', 'ACME-LAMBDA-001 project/functions.yaml:6 Legacy'];

test('the worked example compiles with opa from PATH and its rules are reported at their lines, in every format', () => {
  const dir = workspace();
  const r = run(['scan', 'project', '--policies', 'policies', '--json', 'out.json', '--sarif', 'out.sarif', '--markdown', 'out.md', '--html', 'out.html', '--fail-on', 'high'], dir, WITH_OPA);
  assert.equal(r.status, 1, `ACME-COMPOSE-001 is high: ${r.stderr}${r.stdout}`);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Report;
  assert.deepEqual(report.errors, []);
  assert.deepEqual(acme(report), EXPECTED, 'the registry image and the approved runtime pass');
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-LAMBDA-004'), 'built-in rules still run');
  const rule = report.rules.find((x) => x.id === 'ACME-COMPOSE-001');
  assert.equal(rule?.custom, true);
  assert.equal(rule?.title, 'Image is not from the company registry');
  assert.match(r.stdout, /ACME-COMPOSE-001 {2}project\/compose\.yaml:3\n {4}Service 'web' pulls 'nginx:1\.27' from outside registry\.acme\.example\/\./);

  const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } }; results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
  const results = sarif.runs.flatMap((run) => run.results.filter((x) => x.ruleId.startsWith('ACME-')).map((x) => `${x.ruleId} ${x.locations[0]!.physicalLocation.artifactLocation.uri}:${x.locations[0]!.physicalLocation.region.startLine}`));
  assert.deepEqual(results.sort(), ['ACME-COMPOSE-001 project/compose.yaml:3', 'ACME-LAMBDA-001 project/functions.yaml:6']);
  const sarifRule = sarif.runs.flatMap((run) => run.tool.driver.rules).find((x) => x.id === 'ACME-COMPOSE-001');
  assert.ok(sarifRule, 'the rule is in the run that reports it');
  assert.equal(sarifRule.helpUri, undefined, "a custom rule does not link to Palisade's rule documentation");
  assert.match(readFileSync(join(dir, 'out.md'), 'utf8'), /ACME-COMPOSE-001/);
  assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /Image is not from the company registry/);
});

test("a custom rule may call Rego's yaml builtins (the engine loads their parser when they are called)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-custom-yaml-'));
  mkdirSync(join(dir, 'policies'));
  mkdirSync(join(dir, 'project'));
  writeFileSync(
    join(dir, 'policies', 'label_config.rego'),
    `# METADATA
# title: Service label holds a debug configuration
# description: The acme.config label is YAML; debug must be off.
# custom:
#   id: ACME-COMPOSE-002
#   severity: medium
#   category: access
#   remediation: Set debug to false in the acme.config label.
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.acme.compose.label_config

import data.palisade.lib

deny contains lib.result(r, [], msg) if {
\tsome r in lib.resources("compose.service")
\ttext := r.tags["acme.config"]
\tyaml.is_valid(text)
\tconfig := yaml.unmarshal(text)
\tconfig.debug == true
\tmsg := concat("", ["Service '", r.name, "' has debug on: ", trim_space(yaml.marshal({"debug": config.debug}))])
}
`,
  );
  writeFileSync(
    join(dir, 'project', 'compose.yaml'),
    'services:\n  web:\n    image: nginx:1.27\n    labels:\n      acme.config: "debug: true"\n  api:\n    image: nginx:1.27\n    labels:\n      acme.config: "debug: false"\n',
  );
  const r = run(['scan', 'project', '--policies', 'policies', '--json', 'out.json', '--fail-on', 'none'], dir, WITH_OPA);
  assert.equal(r.status, 0, r.stderr + r.stdout);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Report & { findings: Array<{ message?: string }> };
  assert.deepEqual(report.errors, []);
  const found = report.findings.filter((f) => f.ruleId === 'ACME-COMPOSE-002');
  assert.deepEqual(found.map((f) => f.resource.name), ['web']);
  assert.match(r.stdout, /Service 'web' has debug on: debug: true/);
});

test('without opa on PATH: an error naming opa and the folder, exit 3, the built-in rules still reported', () => {
  const dir = workspace();
  const r = run(['scan', 'project', '--policies', 'policies', '--json', '-', '--fail-on', 'none'], dir, NO_OPA);
  assert.equal(r.status, 3, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(acme(report), []);
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-LAMBDA-004'));
  assert.equal(report.errors.length, 1);
  assert.equal(report.errors[0]!.file, 'policies');
  assert.equal(report.errors[0]!.level, 'error');
  assert.match(report.errors[0]!.message, /needs the opa CLI .*no opa is on PATH.*prebuilt bundle/);
});

test('a prebuilt bundle (.tar.gz from opa build -t wasm, or a folder with policy.wasm) needs no opa', () => {
  const dir = workspace();
  const sources = ['policies/approved_registry.rego', 'policies/approved_runtime.rego', join(ROOT, 'policies/main.rego'), join(ROOT, 'policies/lib')];
  execFileSync(OPA, ['build', '-t', 'wasm', '-e', 'palisade/main/results', '--ignore', '*_test.rego', '-o', 'acme.tar.gz', ...sources], { cwd: dir, stdio: 'ignore' });
  const tar = run(['scan', 'project', '--policies', 'acme.tar.gz', '--json', '-', '--fail-on', 'none'], dir, NO_OPA);
  assert.equal(tar.status, 0, tar.stderr);
  const fromTar = JSON.parse(tar.stdout) as Report;
  assert.deepEqual(fromTar.errors, []);
  assert.deepEqual(acme(fromTar), EXPECTED);

  // The same bundle unpacked: policy.wasm with the sources beside it.
  const unpacked = join(dir, 'unpacked');
  mkdirSync(unpacked);
  for (const [name, body] of readTarGz(readFileSync(join(dir, 'acme.tar.gz')))) {
    if (name === 'policy.wasm' || name.startsWith('policies/approved')) writeFileSync(join(unpacked, name.replace(/^policies\//, '')), body);
  }
  const folder = run(['scan', 'project', '--policies', 'unpacked', '--json', '-', '--fail-on', 'none'], dir, NO_OPA);
  assert.equal(folder.status, 0, folder.stderr);
  assert.deepEqual(acme(JSON.parse(folder.stdout) as Report), EXPECTED);

  // A bundle built without the palisade entrypoint is refused with the build command to use.
  const withoutMain = sources.filter((s) => !s.endsWith('main.rego'));
  execFileSync(OPA, ['build', '-t', 'wasm', '-e', 'palisade/rules/acme/aws/approved_runtime/deny', '--ignore', '*_test.rego', '-o', 'wrong.tar.gz', ...withoutMain], { cwd: dir, stdio: 'ignore' });
  const wrong = run(['scan', 'project', '--policies', 'wrong.tar.gz', '--json', '-', '--fail-on', 'none'], dir, NO_OPA);
  assert.equal(wrong.status, 3);
  assert.match((JSON.parse(wrong.stdout) as Report).errors[0]!.message, /no palisade\/main\/results entrypoint/);
});

test('bad Rego is an error at its file and line; the other rules still run', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'policies/broken.rego'), ['package palisade.rules.acme.aws.broken', '', 'deny contains x if {', '\tx := ', '}', ''].join('\n'));
  const r = run(['scan', 'project', '--policies', 'policies', '--json', '-', '--fail-on', 'none'], dir, WITH_OPA);
  assert.equal(r.status, 3, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(
    report.errors.map((e) => `${e.file}:${e.line} ${e.message}`),
    ['policies/broken.rego:5 custom policy: rego_parse_error: unexpected } token'],
  );
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-LAMBDA-004'));
  assert.match(r.stderr, /policies\/broken\.rego:5/);
});

test('a strict-mode error and a builtin the wasm engine lacks are errors at their lines', () => {
  const dir = workspace();
  const meta = (id: string) => ['# METADATA', '# title: t', '# description: d', '# custom:', `#   id: ${id}`, '#   severity: low', '#   category: access', '#   remediation: r'];
  writeFileSync(
    join(dir, 'policies/http.rego'),
    [...meta('ACME-X-001'), 'package palisade.rules.acme.aws.http', '', 'deny contains r if {', '\tsome r in input.resources', '\thttp.send({"method": "GET", "url": "http://x"})', '}', ''].join('\n'),
  );
  const r = run(['scan', 'project', '--policies', 'policies', '--json', '-', '--fail-on', 'none'], dir, WITH_OPA);
  assert.equal(r.status, 3);
  const errors = (JSON.parse(r.stdout) as Report).errors;
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(`${errors[0]!.file}:${errors[0]!.line}`, 'policies/http.rego:13');
  assert.match(errors[0]!.message, /undefined function http\.send/);
});

test('METADATA: missing fields, a PAL- id, an id used twice, a wrong package depth are errors at the block', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'policies/nometa.rego'), ['package palisade.rules.acme.aws.nometa', '', 'deny := set()', ''].join('\n'));
  writeFileSync(
    join(dir, 'policies/palid.rego'),
    ['# METADATA', '# title: Mine', '# description: d', '# custom:', '#   id: PAL-S3-900', '#   severity: urgent', '#   category: access', '#   remediation: r', 'package palisade.rules.acme.aws.palid', '', 'deny := set()', ''].join('\n'),
  );
  writeFileSync(
    join(dir, 'policies/twice.rego'),
    ['# METADATA', '# title: Twice', '# description: d', '# custom:', '#   id: ACME-LAMBDA-001', '#   severity: low', '#   category: access', '#   remediation: r', 'package palisade.rules.acme.aws.twice', '', 'deny := set()', ''].join('\n'),
  );
  writeFileSync(join(dir, 'policies/shallow.rego'), ['package palisade.rules.acme.shallow', '', 'deny := set()', ''].join('\n'));
  const r = run(['scan', 'project', '--policies', 'policies', '--json', '-', '--fail-on', 'none'], dir, WITH_OPA);
  assert.equal(r.status, 3);
  const got = (JSON.parse(r.stdout) as Report).errors.map((e) => `${e.file}:${e.line} ${e.message}`);
  assert.deepEqual(got, [
    'policies/nometa.rego:1 custom policy: package palisade.rules.acme.aws.nometa has no METADATA block right above its package line (title, description, custom: id, severity, category, remediation)',
    'policies/palid.rego:1 custom policy: custom.id PAL-S3-900: the PAL- prefix is reserved for built-in rules',
    'policies/palid.rego:1 custom policy: severity urgent is not one of critical, high, medium, low, info',
    'policies/shallow.rego:1 custom policy: package palisade.rules.acme.shallow must be palisade.rules.<target>.<group>.<name> (three parts after palisade.rules), or its deny set is never read',
    'policies/twice.rego:1 custom policy: custom.id ACME-LAMBDA-001 is also used by policies/approved_runtime.rego',
  ]);
});

test('policies: in .palisade.yaml is relative to the file, its rules take severity overrides, and may not leave the working directory', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.palisade.yaml'), 'policies: [policies]\nrules:\n  severity:\n    ACME-COMPOSE-001: low\n  disabled: [ACME-LAMBDA-001]\n');
  const r = run(['scan', 'project', '--json', '-', '--fail-on', 'high'], dir, WITH_OPA);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.findings.filter((f) => f.ruleId.startsWith('ACME-')).map((f) => `${f.ruleId} ${f.severity}`), ['ACME-COMPOSE-001 low']);
  assert.ok(!report.rules.some((x) => x.id === 'ACME-LAMBDA-001'), 'a disabled custom rule is not listed');

  writeFileSync(join(dir, '.palisade.yaml'), 'policies: [../elsewhere]\n');
  const outside = run(['scan', 'project'], dir, WITH_OPA);
  assert.equal(outside.status, 2);
  assert.match(outside.stderr, /\.palisade\.yaml: policies: \.\.\/elsewhere is outside the working directory/);
});

test('METADATA is read from the block right above the package line only', () => {
  const text = ['# METADATA', '# title: far', 'x := 1', '', '# METADATA', '# title: Near', '# custom:', '#   id: ACME-A-001', 'package palisade.rules.a.b.c', ''].join('\n');
  assert.deepEqual(packageAnnotation('f.rego', text), { file: 'f.rego', line: 5, pkg: 'palisade.rules.a.b.c', meta: { title: 'Near', custom: { id: 'ACME-A-001' } } });
  assert.deepEqual(packageAnnotation('g.rego', '# METADATA\n# title: t\n\npackage p\n'), { file: 'g.rego', line: 4, pkg: 'p', meta: undefined });
});

test('the bundle reader keeps member names as keys only, and refuses a truncated archive', () => {
  const header = (name: string, size: number, type = '0') => {
    const h = Buffer.alloc(512);
    h.write(name, 0);
    h.write(size.toString(8).padStart(11, '0'), 124);
    h.write(type, 156);
    return h;
  };
  const body = Buffer.alloc(512);
  body.write('x');
  const ok = gzipSync(Buffer.concat([header('../../evil.rego', 1), body, header('/policy.wasm', 1), body, Buffer.alloc(1024)]));
  assert.deepEqual([...readTarGz(ok).keys()], ['../../evil.rego', 'policy.wasm']);
  assert.throws(() => readTarGz(gzipSync(Buffer.concat([header('a', 4096), body]))), /truncated tar archive/);
  assert.throws(() => readTarGz(gzipSync(Buffer.alloc(4096)), 1024));
});
