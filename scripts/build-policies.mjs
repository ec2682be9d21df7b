#!/usr/bin/env node
// Compiles policies/**/*.rego into one WebAssembly module with the single entrypoint
// `palisade/main/results`, and extracts the metadata catalog.
//
//   node scripts/build-policies.mjs          build into policies/bundle/
//   node scripts/build-policies.mjs --check  build into a temp dir and fail when the committed bundle differs
//
// Uses the pinned OPA CLI from scripts/install-opa.sh (which installs it with `go install`).
// Also runs `opa fmt --fail`, `opa test` and `opa check --strict` against a capabilities file limited
// to the builtins that the wasm target or the JS SDK can run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, statSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const policiesDir = join(root, 'policies');
const bundleDir = join(policiesDir, 'bundle');
const check = process.argv.includes('--check');
const ENTRYPOINT = 'palisade/main/results';
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const CATEGORIES = ['encryption', 'access', 'logging', 'tagging', 'reliability', 'supply-chain'];
// Builtins the JS SDK (@open-policy-agent/opa-wasm) implements for the wasm module.
// sprintf is left out on purpose: the SDK's sprintf-js does not know `%v`.
const SDK_BUILTINS = ['json.is_valid', 'regex.split', 'yaml.is_valid', 'yaml.marshal', 'yaml.unmarshal'];

function fail(message) {
  console.error(`build-policies: ${message}`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  } catch (err) {
    const out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
    fail(`${[cmd, ...args].map((a) => relative(root, a) || a).join(' ')} failed:\n${out}`);
  }
}

function regoFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (p === bundleDir) continue;
    if (statSync(p).isDirectory()) out.push(...regoFiles(p));
    else if (name.endsWith('.rego')) out.push(p);
  }
  return out;
}

/**
 * policies/main.rego's `results` (every rule's deny set, tagged with its package), as one array
 * per rule group (`palisade.rules.<target>.<group>`) and `results` the array of their elements.
 * The same results, but the compiled module gets one small function per group instead of one
 * function for all 200-odd rules: that one had 3,659 locals and 2,256 blocks, and V8's baseline
 * compiler (Liftoff) took about 48 ms on it, superlinear in locals times blocks, paid in every
 * process (and worker) before its first evaluation; split, the whole module compiles in a few ms.
 * Arrays, not a set: a set hashed every result once more as it was added, and again to iterate
 * (the runtime's set iteration hashes the previous element), about 15% of the wasm CPU. Their
 * order is the engine's own; findings/map.ts does not depend on it.
 * Each result is a tuple `[rule, resource, path, msg]`, not main.rego's object with `rule`
 * added by object.union: the runtime hashes the whole answer once as it adds it to the query's
 * result set and again as the JSON writer iterates that set, and iterating an object hashes each
 * key it steps over: the objects cost about 15% of the wasm CPU on W1's resources and made the
 * answer about 15% longer (README, How a scan spends its time). evaluate.ts reads both shapes (custom bundles build with main.rego). A
 * field a result lacks would drop it from the tuple silently, where the object would have
 * reached the mapper and been reported: so every built-in `deny` must be made of lib.result,
 * which has all three or is undefined (checked here).
 * Every rule package is `palisade.rules.<target>.<group>.<name>`, the only depth main.rego reads.
 */
function entryRego(files) {
  const groups = new Set();
  for (const f of files) {
    const pkg = /^package\s+(\S+)/m.exec(readFileSync(f, 'utf8'))?.[1] ?? '';
    if (!pkg.startsWith('palisade.rules.')) continue;
    const parts = pkg.split('.').slice(2);
    if (parts.length !== 3 || !parts.every((p) => /^[a-z][a-z0-9_]*$/.test(p))) fail(`${relative(root, f)}: package ${pkg} is not palisade.rules.<target>.<group>.<name> (lower-case words)`);
    groups.add(`${parts[0]}.${parts[1]}`);
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^deny\b.*$/gm)) {
      if (m[0] === 'deny := set()' || m[0].startsWith('deny contains lib.result(')) continue;
      const line = text.slice(0, m.index).split('\n').length;
      fail(`${relative(root, f)}:${line}: a built-in rule's deny must be \`deny contains lib.result(...)\` (the entrypoint reads its results as tuples; see entryRego)`);
    }
  }
  const sorted = [...groups].sort();
  const name = (g) => `group_${g.replace('.', '_')}`;
  return [
    '# Generated by scripts/build-policies.mjs: the built-in bundle\'s entrypoint. The results of',
    '# policies/main.rego (the generic one, which custom bundles build with), as an array made of',
    '# one array per rule group, so the compiled module has one small function each, and each',
    '# result as a tuple [rule, resource, path, msg] rather than an object (see entryRego in the',
    '# script).',
    'package palisade.main',
    '',
    'results := [r |',
    '\tsome part in [',
    ...sorted.map((g) => `\t\t${name(g)},`),
    '\t]',
    '\tsome r in part',
    ']',
    ...sorted.flatMap((g) => {
      const [target, group] = g.split('.');
      return [
        '',
        `${name(g)} := [[concat(".", ["${target}", "${group}", name]), r.resource, r.path, r.msg] |`,
        '\tsome name',
        `\tsome r in data.palisade.rules.${g}[name].deny`,
        ']',
      ];
    }),
    '',
  ].join('\n');
}

const opa = run('bash', [join(root, 'scripts/install-opa.sh')], { stdio: ['ignore', 'pipe', 'inherit'] }).trim();

// Capabilities: the current OPA's, restricted to what the wasm target and the JS SDK run.
const gomodcache = run('go', ['env', 'GOMODCACHE']).trim();
const metadataFile = join(gomodcache, 'github.com/open-policy-agent/opa@v1.22.3/builtin_metadata.json');
if (!existsSync(metadataFile)) fail(`no ${metadataFile}: run scripts/install-opa.sh`);
const builtinMeta = JSON.parse(readFileSync(metadataFile, 'utf8'));
const current = JSON.parse(run(opa, ['capabilities', '--current']));
const allowed = new Set(SDK_BUILTINS);
for (const [name, meta] of Object.entries(builtinMeta)) if (!name.startsWith('_') && meta.wasm === true) allowed.add(name);
const capabilities = {
  ...current,
  builtins: current.builtins.filter((b) => allowed.has(b.name) && b.name !== 'sprintf'),
};
delete capabilities.features; // keep the file about builtins; features come from rego_version
const capabilitiesJson = `${JSON.stringify({ ...capabilities, features: current.features }, null, 1)}\n`;

/**
 * A built-in rule file as the bundle compiles it: each `deny contains lib.result(...) if { body }`
 * becomes the array comprehension `[lib.result(...) | body]`, and `deny` the array of them all
 * (`deny := set()`: `[]`). The rules are written, tested (`opa test`) and documented as the
 * partial sets custom policies write too; only the compiled module differs. A partial set hashes
 * every result as it is added, and iterating it (the entrypoint does) hashes each element again
 * to find the next: arrays cost 13-24% less wasm CPU on W1, W2 and Compose resources (README,
 * How a scan spends its time). A set also drops a result equal to one already in it; of equal
 * results from an array, findings/map.ts keeps one, as it does for one rule's equal paths. Line
 * numbers are kept (a comprehension has as many lines as the rule it replaces; the combined
 * `deny` is a new last line). Anything but that exact form fails here, at its line.
 */
function arrayDenies(text, file) {
  const lines = text.split('\n');
  const out = [];
  const names = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === 'deny := set()') {
      out.push('deny := []');
      continue;
    }
    if (!/^deny\b/.test(line)) {
      out.push(line);
      continue;
    }
    const head = /^deny contains (lib\.result\(.*\)) if \{$/.exec(line);
    if (!head) fail(`${file}:${i + 1}: a built-in rule's deny must be \`deny contains lib.result(...) if {\` on one line, its body closed by a \`}\` alone on a line (the bundle compiles it to an array comprehension)`);
    const end = lines.indexOf('}', i + 1);
    if (end < 0) fail(`${file}:${i + 1}: this deny's body has no closing \`}\` alone on a line`);
    const name = `deny_${names.length}`;
    names.push(name);
    out.push(`${name} := [${head[1]} |`, ...lines.slice(i + 1, end), ']');
    i = end;
  }
  if (names.length === 0) return out.join('\n');
  while (out.at(-1) === '') out.pop();
  const all = names.length === 1 ? names[0] : `[d | some part in [${names.join(', ')}]; some d in part]`;
  return `${out.join('\n')}\n\ndeny := ${all}\n`;
}

const out = check ? mkdtempSync(join(tmpdir(), 'palisade-bundle-')) : bundleDir;
mkdirSync(out, { recursive: true });
const capabilitiesFile = join(out, 'capabilities.json');
writeFileSync(capabilitiesFile, capabilitiesJson);

const all = regoFiles(policiesDir);
const sources = all.filter((f) => !f.endsWith('_test.rego'));
if (sources.length === 0) fail('no policies found');

// Style and strictness: the same checks CI makes.
run(opa, ['fmt', '--fail', '--list', ...all]);
run(opa, ['check', '--strict', '--capabilities', capabilitiesFile, ...all]);
// Rego unit tests (only .rego files: fixtures beside the policies would load as data).
const testOutput = run(opa, ['test', ...all]);
const testCount = /PASS: (\d+)\/(\d+)/.exec(testOutput);

// The built-in bundle's entrypoint: policies/main.rego's results, written out one array per rule group
// (see entryRego). main.rego itself stays the generic entrypoint that custom bundles build with.
const entryFile = join(bundleDir, 'entry.rego');
const entryText = entryRego(sources.filter((f) => f !== join(policiesDir, 'main.rego')));
if (check) {
  if (!existsSync(entryFile) || readFileSync(entryFile, 'utf8') !== entryText) fail('policies/bundle is stale (entry.rego): run npm run build:policies and commit the result');
} else {
  writeFileSync(entryFile, entryText);
}
const bundleSources = [...sources.filter((f) => f !== join(policiesDir, 'main.rego')), entryFile];
run(opa, ['fmt', '--fail', '--list', entryFile]);
// The sources the bundle compiles, rules rewritten (arrayDenies), in a folder of their own with
// the same relative paths: the module and the catalog name files as they are in the repository.
const compiledRoot = mkdtempSync(join(tmpdir(), 'palisade-rules-'));
process.on('exit', () => rmSync(compiledRoot, { recursive: true, force: true }));
const compiled = bundleSources.map((f) => relative(root, f));
for (const rel of compiled) {
  mkdirSync(dirname(join(compiledRoot, rel)), { recursive: true });
  const text = readFileSync(join(root, rel), 'utf8');
  writeFileSync(join(compiledRoot, rel), /^package palisade\.rules\./m.test(text) ? arrayDenies(text, rel) : text);
}
run(opa, ['check', '--strict', '--capabilities', capabilitiesFile, ...compiled], { cwd: compiledRoot });

const tarball = join(mkdtempSync(join(tmpdir(), 'palisade-opa-')), 'bundle.tar.gz');
run(opa, ['build', '-t', 'wasm', '-e', ENTRYPOINT, '--capabilities', capabilitiesFile, '-o', tarball, ...compiled], { cwd: compiledRoot });
const extractDir = dirname(tarball);
run('tar', ['xzf', tarball, '-C', extractDir, '/policy.wasm']);
writeFileSync(join(out, 'policy.wasm'), readFileSync(join(extractDir, 'policy.wasm')));

// The catalog: one entry per rule package, from its METADATA block.
const inspected = JSON.parse(run(opa, ['inspect', '-a', '--format', 'json', tarball]));
const rules = [];
const problems = [];
const seen = new Map();
for (const entry of inspected.annotations ?? []) {
  const a = entry.annotations ?? {};
  if (a.scope !== 'package') continue;
  const pkg = entry.path.slice(1).map((p) => p.value).join('.');
  if (!pkg.startsWith('palisade.rules.')) continue;
  const c = a.custom ?? {};
  const where = `${entry.location?.file ?? pkg}`;
  for (const field of ['id', 'severity', 'category', 'remediation']) if (!c[field]) problems.push(`${where}: METADATA custom.${field} is missing`);
  if (!a.title) problems.push(`${where}: METADATA title is missing`);
  if (!a.description) problems.push(`${where}: METADATA description is missing`);
  if (c.severity && !SEVERITIES.includes(c.severity)) problems.push(`${where}: severity ${c.severity} is not one of ${SEVERITIES.join(', ')}`);
  // A CWE id where one fits, or an explicit `none`: a missing field is a gap, not a default.
  const cwe = c.cwe === undefined ? undefined : String(c.cwe);
  if (cwe === undefined) problems.push(`${where}: METADATA custom.cwe is missing (a CWE id such as CWE-311, or none)`);
  else if (cwe !== 'none' && !/^CWE-[1-9]\d*$/.test(cwe)) problems.push(`${where}: cwe ${cwe} is not a CWE id (CWE-<number>) or none`);
  if (c.category && !CATEGORIES.includes(c.category)) problems.push(`${where}: category ${c.category} is not one of ${CATEGORIES.join(', ')}`);
  if (seen.has(c.id)) problems.push(`${where}: id ${c.id} is also used by ${seen.get(c.id)}`);
  seen.set(c.id, where);
  rules.push({
    id: c.id,
    package: pkg.slice('palisade.rules.'.length),
    title: a.title,
    description: a.description,
    severity: c.severity,
    category: c.category,
    remediation: c.remediation,
    frameworks: c.frameworks ?? {},
    cwe: cwe === 'none' ? null : cwe,
    resourceTypes: c.resource_types ?? [],
    sources: c.sources ?? [],
    ...(c.deprecated ? { deprecated: true } : {}),
    ...(c.aliases ? { aliases: c.aliases } : {}),
    file: String(entry.location?.file ?? '').replace(/^\//, ''),
  });
}
const rulePackages = new Set(sources.map((f) => relative(policiesDir, f)).filter((f) => !f.startsWith('lib/') && f !== 'main.rego'));
if (rules.length < rulePackages.size) problems.push(`${rulePackages.size} rule files but ${rules.length} METADATA blocks with scope package`);
if (problems.length > 0) fail(`policy metadata:\n  ${problems.join('\n  ')}`);
rules.sort((x, y) => x.id.localeCompare(y.id));
const catalog = { opaVersion: '1.22.3', entrypoint: ENTRYPOINT, rules };
writeFileSync(join(out, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);

// The SDK must be able to provide every builtin the module asks its host for.
const { loadPolicy } = await import('@open-policy-agent/opa-wasm');
const policy = await loadPolicy(readFileSync(join(out, 'policy.wasm')));
policy.setData({ config: {} });
policy.evaluate({ resources: [] }, ENTRYPOINT);

if (check) {
  const stale = ['policy.wasm', 'catalog.json', 'capabilities.json'].filter((f) => {
    const committed = join(bundleDir, f);
    return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(out, f)));
  });
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) fail(`policies/bundle is stale (${stale.join(', ')}): run npm run build:policies and commit the result`);
  console.log(`build-policies: bundle is up to date (${rules.length} rules, opa test ${testCount?.[0] ?? 'ran'})`);
} else {
  console.log(`build-policies: ${rules.length} rules -> ${relative(root, join(out, 'policy.wasm'))} (opa test ${testCount?.[0] ?? 'ran'})`);
}
