/**
 * Custom policies (`--policies DIR`, `policies:` in the configuration): the user's Rego rules,
 * written like the built-in ones (package `palisade.rules.<target>.<group>.<name>`, a `deny` set
 * of `lib.result(...)`, a `# METADATA` block with title, description and custom id, severity,
 * category, remediation), evaluated beside the built-in bundle and reported like its rules.
 *
 * Each entry is either
 * - a folder of `.rego` files, compiled here with the `opa` CLI found on PATH (with the built-in
 *   `policies/lib` helpers and `policies/main.rego` entrypoint, against the bundle's
 *   capabilities, so a rule that would not run in the wasm fails now, at its line), or
 * - a prebuilt bundle: a `.tar.gz` from `opa build -t wasm -e palisade/main/results`, or a folder
 *   holding its `policy.wasm` (with the `.rego` sources beside it, for the METADATA).
 *
 * Problems are data: each is an error naming the file (and line), the scan goes on with the
 * other rules and is incomplete (exit 3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYamlText } from 'yaml';
import type { InputError } from '../model/resource.js';
import { CATEGORIES, SEVERITIES, type Rule } from '../findings/types.js';
import { BUNDLE_DIR, ENTRYPOINT } from './catalog.js';
import { readTarGz } from './tar.js';

/** The built-in policies' folder (lib/ and main.rego ship with the package). */
const POLICIES_DIR = resolve(BUNDLE_DIR, '..');
/** Custom ids look like the built-in ones but may not take their `PAL-` prefix. */
export const CUSTOM_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{1,6}$/;
const MAX_REGO_BYTES = 1024 * 1024;
const MAX_FILES = 2000;
const OPA_TIMEOUT_MS = 120_000;

export interface CustomBundle {
  /** The folder or bundle file, as given. */
  source: string;
  wasm: Uint8Array;
  rules: Rule[];
}

export interface CustomLoad {
  bundles: CustomBundle[];
  errors: InputError[];
}

export interface CustomOptions {
  cwd: string;
  /** The built-in catalog: custom ids and packages may not take theirs. */
  builtin: Rule[];
  /** Where `opa` is looked for (default: the PATH of this process). */
  path?: string;
}

const slash = (p: string) => p.split(sep).join('/');

/** `opa` on PATH, or undefined. */
export function findOpa(pathVar = process.env.PATH ?? ''): string | undefined {
  const names = process.platform === 'win32' ? ['opa.exe', 'opa'] : ['opa'];
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Regular `.rego` files below a folder (links are not followed), sorted. */
function regoFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= MAX_FILES) return;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.rego')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

interface Annotated {
  file: string;
  line: number;
  pkg: string;
  meta: Record<string, unknown> | undefined;
  /** A METADATA block that is not YAML. */
  bad?: string;
}

/**
 * The package of a Rego file and the METADATA block right above its `package` line (the
 * package-scope annotation, as `opa inspect -a` reads it).
 */
export function packageAnnotation(file: string, text: string): Annotated | undefined {
  const lines = text.split(/\r?\n/);
  let block: { start: number; body: string[] } | undefined;
  let current: { start: number; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (current && trimmed.startsWith('#')) {
      current.body.push(trimmed.replace(/^#( ?)/, ''));
      continue;
    }
    if (current) {
      block = current;
      current = undefined;
    }
    if (/^#\s*METADATA\s*$/.test(trimmed)) {
      current = { start: i + 1, body: [] };
      continue;
    }
    const pkg = /^package\s+([A-Za-z0-9_.]+)/.exec(trimmed);
    if (pkg) {
      // Only a block that ends right above the package line is the package's.
      const adjacent = block && block.start + block.body.length === i;
      if (!adjacent) return { file, line: i + 1, pkg: pkg[1]!, meta: undefined };
      try {
        const meta = parseYamlText(block!.body.join('\n')) as unknown;
        return { file, line: block!.start, pkg: pkg[1]!, meta: typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : undefined };
      } catch {
        return { file, line: block!.start, pkg: pkg[1]!, meta: undefined, bad: 'METADATA is not valid YAML' };
      }
    }
    if (trimmed !== '' && !trimmed.startsWith('#')) block = undefined;
  }
  return undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Catalog entries for the rule packages among `files` (path shown -> text), and every problem. */
export function rulesOf(files: Array<{ file: string; text: string }>, builtin: Rule[]): { rules: Rule[]; errors: InputError[] } {
  const rules: Rule[] = [];
  const errors: InputError[] = [];
  const builtinIds = new Set(builtin.map((r) => r.id));
  const builtinPackages = new Set(builtin.map((r) => r.package));
  const ids = new Map<string, string>();
  for (const { file, text } of files) {
    const a = packageAnnotation(file, text);
    if (!a || !a.pkg.startsWith('palisade.rules.')) continue;
    const at = (message: string) => errors.push({ file, line: a.line, level: 'error', message: `custom policy: ${message}` });
    const pkg = a.pkg.slice('palisade.rules.'.length);
    if (builtinPackages.has(pkg)) {
      // A bundle built from the whole policies/ folder: its built-in rules are already run.
      continue;
    }
    if (pkg.split('.').length !== 3) {
      at(`package ${a.pkg} must be palisade.rules.<target>.<group>.<name> (three parts after palisade.rules), or its deny set is never read`);
      continue;
    }
    if (a.bad) {
      at(a.bad);
      continue;
    }
    if (!a.meta) {
      at(`package ${a.pkg} has no METADATA block right above its package line (title, description, custom: id, severity, category, remediation)`);
      continue;
    }
    const m = a.meta;
    const c = (typeof m.custom === 'object' && m.custom !== null ? m.custom : {}) as Record<string, unknown>;
    const problems: string[] = [];
    for (const key of ['title', 'description'] as const) if (!isString(m[key])) problems.push(`METADATA ${key} is missing`);
    for (const key of ['id', 'severity', 'category', 'remediation'] as const) if (!isString(c[key])) problems.push(`METADATA custom.${key} is missing`);
    const id = isString(c.id) ? c.id : '';
    if (id && !CUSTOM_ID.test(id)) problems.push(`custom.id ${id} is not an id like ACME-S3-001 (capitals, digits and dashes, ending in a number)`);
    if (id.startsWith('PAL-')) problems.push(`custom.id ${id}: the PAL- prefix is reserved for built-in rules`);
    else if (builtinIds.has(id)) problems.push(`custom.id ${id} is a built-in rule's`);
    if (id && ids.has(id)) problems.push(`custom.id ${id} is also used by ${ids.get(id)}`);
    if (isString(c.severity) && !(SEVERITIES as readonly string[]).includes(c.severity)) problems.push(`severity ${c.severity} is not one of ${SEVERITIES.join(', ')}`);
    if (isString(c.category) && !(CATEGORIES as readonly string[]).includes(c.category)) problems.push(`category ${c.category} is not one of ${CATEGORIES.join(', ')}`);
    if (problems.length > 0) {
      for (const p of problems) at(p);
      continue;
    }
    ids.set(id, file);
    const frameworks: Record<string, string[]> = {};
    if (typeof c.frameworks === 'object' && c.frameworks !== null) {
      for (const [k, v] of Object.entries(c.frameworks)) frameworks[k] = stringList(v).map(String);
    }
    rules.push({
      id,
      package: pkg,
      title: String(m.title),
      description: String(m.description),
      severity: c.severity as Rule['severity'],
      category: c.category as Rule['category'],
      remediation: String(c.remediation),
      frameworks,
      resourceTypes: stringList(c.resource_types),
      sources: stringList(c.sources),
      ...(c.cwe === 'none' ? { cwe: null } : isString(c.cwe) || typeof c.cwe === 'number' ? { cwe: String(c.cwe) } : {}),
      custom: true,
      file,
    });
  }
  return { rules, errors };
}

/** `opa check --format json` output -> errors at their file and line. */
function opaErrors(output: string, cwd: string): InputError[] {
  try {
    const parsed = JSON.parse(output) as { errors?: Array<{ message?: string; code?: string; location?: { file?: string; row?: number } }> };
    return (parsed.errors ?? []).map((e) => {
      const f = e.location?.file;
      return {
        file: f ? slash(isAbsolute(f) ? relative(cwd, f) : f) : 'policies',
        ...(e.location?.row ? { line: e.location.row } : {}),
        level: 'error' as const,
        message: `custom policy: ${e.code ?? 'error'}: ${String(e.message ?? '').split('\n')[0]!.slice(0, 300)}`,
      };
    });
  } catch {
    return [];
  }
}

function run(opa: string, args: string[], cwd: string): { ok: true; stdout: string } | { ok: false; output: string } {
  try {
    return { ok: true, stdout: execFileSync(opa, args, { cwd, encoding: 'utf8', timeout: OPA_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || String(e.message ?? err) };
  }
}

/** The built-in helpers and entrypoint the user's rules compile with. */
function builtinSources(): string[] {
  return [...regoFilesIn(join(POLICIES_DIR, 'lib')).filter((f) => !f.endsWith('_test.rego')), join(POLICIES_DIR, 'main.rego')];
}

function readRego(files: string[], cwd: string): { texts: Array<{ file: string; text: string }>; errors: InputError[] } {
  const texts: Array<{ file: string; text: string }> = [];
  const errors: InputError[] = [];
  for (const f of files) {
    const shown = slash(relative(cwd, f));
    if (statSync(f).size > MAX_REGO_BYTES) {
      errors.push({ file: shown, level: 'error', message: `custom policy: larger than ${MAX_REGO_BYTES} bytes` });
      continue;
    }
    texts.push({ file: shown, text: readFileSync(f, 'utf8') });
  }
  return { texts, errors };
}

function compile(dir: string, shown: string, options: CustomOptions): { bundle?: CustomBundle; errors: InputError[] } {
  const files = regoFilesIn(dir).filter((f) => !f.endsWith('_test.rego'));
  if (files.length === 0) return { errors: [{ file: shown, level: 'error', message: 'custom policies: no .rego files and no policy.wasm in this folder' }] };
  const read = readRego(files, options.cwd);
  if (read.errors.length > 0) return { errors: read.errors };
  const opa = findOpa(options.path);
  if (!opa) {
    return {
      errors: [
        {
          file: shown,
          level: 'error',
          message:
            'custom policies: compiling Rego needs the opa CLI (Open Policy Agent), and no opa is on PATH: install it, or give a prebuilt bundle (opa build -t wasm -e palisade/main/results, a .tar.gz or a folder with its policy.wasm); these rules were not run',
        },
      ],
    };
  }
  const capabilities = join(BUNDLE_DIR, 'capabilities.json');
  const sources = [...files.map((f) => relative(options.cwd, f)), ...builtinSources()];
  // Rego first (a file that does not parse has no METADATA worth judging), then METADATA.
  const checked = run(opa, ['check', '--strict', '--format', 'json', '--capabilities', capabilities, ...sources], options.cwd);
  if (!checked.ok) {
    const found = opaErrors(checked.output, options.cwd);
    return { errors: found.length > 0 ? found : [{ file: shown, level: 'error', message: `custom policies: opa check failed: ${checked.output.split('\n')[0]!.slice(0, 300)}` }] };
  }
  const { rules, errors } = rulesOf(read.texts, options.builtin);
  if (errors.length > 0) return { errors };
  const tmp = mkdtempSync(join(tmpdir(), 'palisade-custom-'));
  try {
    const out = join(tmp, 'bundle.tar.gz');
    const built = run(opa, ['build', '-t', 'wasm', '-e', ENTRYPOINT, '--capabilities', capabilities, '-o', out, ...sources], options.cwd);
    if (!built.ok) return { errors: [{ file: shown, level: 'error', message: `custom policies: opa build failed: ${built.output.split('\n')[0]!.slice(0, 300)}` }] };
    const wasm = readTarGz(readFileSync(out)).get('policy.wasm');
    if (!wasm) return { errors: [{ file: shown, level: 'error', message: 'custom policies: opa build wrote no policy.wasm' }] };
    return { bundle: { source: shown, wasm, rules }, errors: [] };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function prebuiltTar(file: string, shown: string, options: CustomOptions): { bundle?: CustomBundle; errors: InputError[] } {
  const fail = (message: string) => ({ errors: [{ file: shown, level: 'error' as const, message: `custom policies: ${message}` }] });
  let members: Map<string, Buffer>;
  try {
    members = readTarGz(readFileSync(file));
  } catch (err) {
    return fail(`not a readable .tar.gz bundle (${(err as Error).message.slice(0, 100)})`);
  }
  const wasm = members.get('policy.wasm');
  if (!wasm) return fail('the bundle has no policy.wasm: build it with opa build -t wasm -e palisade/main/results');
  const manifest = members.get('.manifest');
  if (manifest) {
    try {
      const m = JSON.parse(manifest.toString('utf8')) as { wasm?: Array<{ entrypoint?: string }> };
      if (!(m.wasm ?? []).some((w) => w.entrypoint === ENTRYPOINT)) return fail(`the bundle's wasm has no ${ENTRYPOINT} entrypoint: build it with -e ${ENTRYPOINT} and policies/main.rego`);
    } catch {
      return fail('the bundle .manifest is not JSON');
    }
  }
  const texts = [...members].filter(([name]) => name.endsWith('.rego') && !name.endsWith('_test.rego')).map(([name, body]) => ({ file: `${shown}:${name}`, text: body.toString('utf8') }));
  return withRules(shown, wasm, texts, options);
}

function withRules(shown: string, wasm: Uint8Array, texts: Array<{ file: string; text: string }>, options: CustomOptions): { bundle?: CustomBundle; errors: InputError[] } {
  const { rules, errors } = rulesOf(texts, options.builtin);
  if (errors.length > 0) return { errors };
  if (rules.length === 0) {
    return { errors: [{ file: shown, level: 'error', message: 'custom policies: the bundle holds no rule with METADATA (its .rego sources name each rule: keep them in the bundle, or beside policy.wasm)' }] };
  }
  return { bundle: { source: shown, wasm, rules }, errors: [] };
}

/**
 * The Rego sources of one --policies entry as given (no compiling, no opa): a folder's `.rego`
 * files (tests apart) or a `.tar.gz` bundle's members, named as the scan names them.
 */
function sourcesOf(p: string, cwd: string): { shown: string; texts: Array<{ file: string; text: string }>; tests: Array<{ file: string; text: string }>; errors: InputError[] } {
  const abs = resolve(cwd, p);
  const shown = slash(relative(cwd, abs) || '.');
  const fail = (message: string) => ({ shown, texts: [], tests: [], errors: [{ file: shown, level: 'error' as const, message: `custom policies: ${message}` }] });
  if (!existsSync(abs)) return fail('no such file or folder');
  if (statSync(abs).isFile()) {
    if (!/\.(tar\.gz|tgz)$/.test(abs)) return fail('give a folder of .rego files, a folder with policy.wasm, or a .tar.gz bundle');
    let members: Map<string, Buffer>;
    try {
      members = readTarGz(readFileSync(abs));
    } catch (err) {
      return fail(`not a readable .tar.gz bundle (${(err as Error).message.slice(0, 100)})`);
    }
    const rego = [...members].filter(([name]) => name.endsWith('.rego')).map(([name, body]) => ({ file: `${shown}:${name}`, text: body.toString('utf8') }));
    return { shown, texts: rego.filter((t) => !t.file.endsWith('_test.rego')), tests: rego.filter((t) => t.file.endsWith('_test.rego')), errors: [] };
  }
  const files = regoFilesIn(abs);
  const policies = readRego(files.filter((f) => !f.endsWith('_test.rego')), cwd);
  const tests = readRego(files.filter((f) => f.endsWith('_test.rego')), cwd);
  return { shown, texts: policies.texts, tests: tests.texts, errors: [...policies.errors, ...tests.errors] };
}

/** A custom rule with the names of the Rego tests that import its package. */
export interface DescribedRule {
  rule: Rule;
  tests: Array<{ file: string; names: string[] }>;
}

/**
 * The custom rules of --policies entries, from their METADATA alone (for `palisade explain`):
 * nothing is compiled, so this needs no opa; a scan still compiles and checks them.
 */
export function describeCustomPolicies(paths: string[], options: Pick<CustomOptions, 'cwd' | 'builtin'>): { rules: DescribedRule[]; errors: InputError[] } {
  const rules: DescribedRule[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    const src = sourcesOf(p, options.cwd);
    errors.push(...src.errors);
    const got = rulesOf(src.texts, options.builtin);
    errors.push(...got.errors);
    for (const rule of got.rules) {
      if (rules.some((r) => r.rule.id === rule.id)) {
        errors.push({ file: rule.file, level: 'error', message: `custom policy: custom.id ${rule.id} is also used by another policies folder` });
        continue;
      }
      // A test of the rule imports its package, or is written in it.
      const pkg = `palisade\\.rules\\.${rule.package.replaceAll('.', '\\.')}`;
      const imports = new RegExp(`^\\s*(import\\s+data\\.${pkg}|package\\s+${pkg})(\\s|$)`, 'm');
      const tests = src.tests
        .filter((t) => imports.test(t.text))
        .map((t) => ({ file: t.file, names: [...t.text.matchAll(/^(test_[A-Za-z0-9_]*)\b/gm)].map((m) => m[1]!) }));
      rules.push({ rule, tests });
    }
  }
  return { rules, errors };
}

/** One Rego test as `opa test --format json` reports it. */
export interface RegoTest {
  file: string;
  line?: number;
  /** The test's package, without `data.`. */
  package: string;
  name: string;
  outcome: 'pass' | 'fail' | 'error' | 'skip';
  /** Why an erroring test errored (opa's message, first line). */
  message?: string;
}

export interface RegoTestRun {
  tests: RegoTest[];
  /** What kept tests from running (opa missing, a folder without tests, Rego that does not compile). */
  errors: InputError[];
  /** The version of the opa that ran them (its path stays out of every output). */
  opa?: { version?: string };
}

export interface TestOptions {
  cwd: string;
  /** The opa version the built-in bundle was built with (catalog.json), which the tests should run on. */
  pinned: string;
  /** Where `opa` is looked for (default: the PATH of this process). */
  path?: string;
  /** Only the tests whose name matches (opa test --run). */
  run?: string;
}

function opaVersion(opa: string, cwd: string): string | undefined {
  const got = run(opa, ['version'], cwd);
  return got.ok ? /^Version:\s*(\S+)/m.exec(got.stdout)?.[1] : undefined;
}

/**
 * `opa test` on the Rego tests of custom policy folders, with the built-in helpers they import,
 * against the bundle's capabilities. Rego that does not parse or compile is an error at its line
 * (from `opa check`); a failing test is a result, not an error.
 */
export function testCustomPolicies(paths: string[], options: TestOptions): RegoTestRun {
  const errors: InputError[] = [];
  const folders: Array<{ shown: string; files: string[] }> = [];
  for (const p of paths) {
    const abs = resolve(options.cwd, p);
    const shown = slash(relative(options.cwd, abs) || '.');
    const fail = (message: string) => errors.push({ file: shown, level: 'error', message: `custom policies: ${message}` });
    if (!existsSync(abs)) fail('no such file or folder');
    else if (!statSync(abs).isDirectory()) fail('palisade test runs the tests of a folder of .rego files; a prebuilt bundle is tested in the folder it is built from');
    else {
      const files = regoFilesIn(abs);
      const read = readRego(files, options.cwd);
      if (read.errors.length > 0) errors.push(...read.errors);
      else if (!files.some((f) => f.endsWith('_test.rego'))) fail('no Rego tests here (files named *_test.rego, with rules named test_*)');
      else folders.push({ shown, files });
    }
  }
  if (folders.length === 0) return { tests: [], errors };
  const opa = findOpa(options.path);
  if (!opa) {
    errors.push({
      file: folders.map((f) => f.shown).join(', '),
      level: 'error',
      message: `custom policies: running Rego tests needs the opa CLI (Open Policy Agent ${options.pinned}, the version the built-in rules are built with), and no opa is on PATH: install it; no test was run`,
    });
    return { tests: [], errors };
  }
  const version = opaVersion(opa, options.cwd);
  if (version !== options.pinned) {
    errors.push({ file: 'opa', level: 'warning', message: `custom policies: this opa is ${version ?? 'of an unknown version'}; the built-in rules are built and tested with ${options.pinned}, and results may differ` });
  }
  const capabilities = join(BUNDLE_DIR, 'capabilities.json');
  const tests: RegoTest[] = [];
  for (const folder of folders) {
    const sources = [...folder.files.map((f) => relative(options.cwd, f)), ...builtinSources()];
    const checked = run(opa, ['check', '--format', 'json', '--capabilities', capabilities, ...sources], options.cwd);
    if (!checked.ok) {
      const found = opaErrors(checked.output, options.cwd);
      errors.push(...(found.length > 0 ? found : [{ file: folder.shown, level: 'error' as const, message: `custom policies: opa check failed: ${checked.output.split('\n')[0]!.slice(0, 300)}` }]));
      continue;
    }
    const args = ['test', '--format', 'json', '--capabilities', capabilities, ...(options.run ? ['--run', options.run] : []), ...sources];
    const r = spawnSync(opa, args, { cwd: options.cwd, encoding: 'utf8', timeout: OPA_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.stdout);
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
      const why = r.error ? r.error.message : `${r.stderr ?? ''}`.split('\n').find((l) => l.trim()) ?? `exit ${r.status}`;
      errors.push({ file: folder.shown, level: 'error', message: `custom policies: opa test failed: ${why.slice(0, 300)}` });
      continue;
    }
    for (const t of parsed as Array<{ location?: { file?: string; row?: number }; package?: string; name?: string; fail?: boolean; skip?: boolean; error?: { message?: string } | string }>) {
      const f = t.location?.file;
      const message = typeof t.error === 'string' ? t.error : t.error?.message;
      tests.push({
        file: f ? slash(isAbsolute(f) ? relative(options.cwd, f) : f) : folder.shown,
        ...(t.location?.row ? { line: t.location.row } : {}),
        package: String(t.package ?? '').replace(/^data\./, ''),
        name: String(t.name ?? ''),
        outcome: t.error ? 'error' : t.fail ? 'fail' : t.skip ? 'skip' : 'pass',
        ...(message ? { message: String(message).split('\n')[0]!.slice(0, 300) } : {}),
      });
    }
  }
  // opa runs tests in parallel and reports them in the order they finish: sort by place.
  tests.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  return { tests, errors, opa: version ? { version } : {} };
}

/** Every custom policy folder or bundle given, compiled or read. */
export function loadCustomPolicies(paths: string[], options: CustomOptions): CustomLoad {
  const bundles: CustomBundle[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    const abs = resolve(options.cwd, p);
    const shown = slash(relative(options.cwd, abs) || '.');
    let got: { bundle?: CustomBundle; errors: InputError[] };
    if (!existsSync(abs)) got = { errors: [{ file: shown, level: 'error', message: 'custom policies: no such file or folder' }] };
    else if (statSync(abs).isFile()) {
      got = /\.(tar\.gz|tgz)$/.test(abs) ? prebuiltTar(abs, shown, options) : { errors: [{ file: shown, level: 'error', message: 'custom policies: give a folder of .rego files, a folder with policy.wasm, or a .tar.gz bundle' }] };
    } else if (existsSync(join(abs, 'policy.wasm'))) {
      const rego = readRego(regoFilesIn(abs).filter((f) => !f.endsWith('_test.rego')), options.cwd);
      got = rego.errors.length > 0 ? { errors: rego.errors } : withRules(shown, readFileSync(join(abs, 'policy.wasm')), rego.texts, options);
    } else got = compile(abs, shown, options);
    errors.push(...got.errors);
    if (got.bundle) {
      // Two bundles may not claim one id either.
      const taken = new Set(bundles.flatMap((b) => b.rules.map((r) => r.id)));
      const clash = got.bundle.rules.find((r) => taken.has(r.id));
      if (clash) errors.push({ file: clash.file, level: 'error', message: `custom policy: custom.id ${clash.id} is also used by another policies folder` });
      else bundles.push(got.bundle);
    }
  }
  return { bundles, errors };
}
