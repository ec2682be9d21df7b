/**
 * The Compose loader, read the way Docker Compose reads files: merge, override, extends,
 * include, anchors, interpolation, every short and long syntax, schema validation and limits.
 * Every value is checked with the file and line it must point at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { loadCompose } from '../src/sources/compose/index.js';
import { groupComposeFiles, sniffCompose } from '../src/sources/compose/detect.js';
import { interpolate } from '../src/sources/compose/interpolate.js';
import { addError, loadFiles, type LoadContext } from '../src/sources/compose/project.js';
import { toPlain, at as nodeAt } from '../src/sources/document/located.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO, type SourceIO } from '../src/sources/io.js';
import type { ComposeServiceProperties } from '../src/model/compose.js';
import { REDACTED } from '../src/model/compose.js';
import type { FileProvenance, InputError, LoadResult, Resource, Span } from '../src/model/resource.js';
import { locationRecord } from '../src/model/locations.js';

const DIR = relative(process.cwd(), join(import.meta.dirname, 'fixtures', 'compose-loader')).split('\\').join('/');
const fx = (p: string): string => `${DIR}/${p}`;

async function load(files: string[], env: Record<string, string> = {}): Promise<LoadResult> {
  return loadCompose(files.map(fx), nodeIO(), { env });
}

/** In-memory files, for generated inputs. */
function memoryIO(files: Record<string, string>): SourceIO {
  return {
    readText: async (p) => files[p] ?? { file: p, level: 'error', message: 'read: no such file' },
    exists: async (p) => p in files,
  };
}

function service(r: LoadResult, name: string): { res: Resource; p: ComposeServiceProperties; loc: Record<string, Span>; prov: FileProvenance } {
  const res = r.resources.find((x) => x.name === name);
  assert.ok(res, `service ${name} was not loaded`);
  const prov = res.provenance as FileProvenance;
  return { res, p: res.properties as unknown as ComposeServiceProperties, loc: locationRecord(prov.locations), prov };
}

/** A location as `file:line`, the file shown only when it is not the resource's own. */
function where(loc: Record<string, Span>, path: string): string {
  const s = loc[path];
  assert.ok(s, `no location recorded for ${path}`);
  return s.file ? `${s.file.slice(DIR.length + 1)}:${s.line}` : String(s.line);
}

const errorsOf = (r: LoadResult): Array<[string, number | undefined, string, string]> =>
  r.errors
    .map((e): [string, number | undefined, string, string] => [e.file.startsWith(DIR) ? e.file.slice(DIR.length + 1) : e.file, e.line, e.level, e.message])
    .sort((a, b) => a[0].localeCompare(b[0]) || (a[1] ?? 0) - (b[1] ?? 0));

// --- Discovery and grouping ---------------------------------------------------------------------

test('grouping: the preferred base file with the first override beside it, as docker compose reads a folder', () => {
  const groups = groupComposeFiles([
    'p/compose.prod.yaml',
    'p/docker-compose.override.yml',
    'p/compose.override.yaml',
    'p/docker-compose.yml',
    'p/compose.yaml',
    'q/docker-compose.yml',
    'q/docker-compose.override.yml',
  ]);
  assert.deepEqual(groups, [
    ['p/compose.yaml', 'p/compose.override.yaml'],
    ['p/compose.prod.yaml'],
    ['p/docker-compose.override.yml'],
    ['p/docker-compose.yml'],
    ['q/docker-compose.yml', 'q/docker-compose.override.yml'],
  ]);
});

test('discovery: compose.override.yaml beside compose.yaml is one project; a variant is its own', async () => {
  const found = await discover([fx('merge')]);
  assert.deepEqual(
    found.inputs.map((i) => (i.kind === 'compose' ? i.files : [])),
    [[fx('merge/compose.yaml'), fx('merge/compose.override.yaml')], [fx('merge/compose.prod.yaml')]],
  );
});

test('sniffing: a top-level services mapping is Compose; a services list (GitLab CI) is not', () => {
  assert.equal(sniffCompose('services:\n  web:\n    image: nginx\n'), true);
  assert.equal(sniffCompose('# c\nservices:\n\n  # comment\n  "web":\n    image: nginx\n'), true);
  assert.equal(sniffCompose('services: {web: {image: nginx}}\n'), true);
  assert.equal(sniffCompose('{\n  "services": {"web": {"image": "nginx"}}\n}'), true);
  assert.equal(sniffCompose('image: docker:24\nservices:\n  - docker:dind\n'), false);
  assert.equal(sniffCompose('services: [docker:dind]\n'), false);
  assert.equal(sniffCompose('jobs:\n  test:\n    services:\n      db:\n        image: x\n'), false);
});

// --- Merging -----------------------------------------------------------------------------------

test('merge: base + override, each merged value points at the file and line it came from', async () => {
  const r = await load(['merge/compose.yaml', 'merge/compose.override.yaml']);
  assert.deepEqual(r.errors, []);
  const { res, p, loc, prov } = service(r, 'web');
  assert.equal(res.id, `${fx('merge/compose.yaml')}#services.web`);
  assert.equal(prov.file, fx('merge/compose.yaml'));
  assert.deepEqual(prov.span, { line: 2, endLine: 2 });
  assert.deepEqual(p.files, [fx('merge/compose.yaml'), fx('merge/compose.override.yaml')]);

  // Scalars: the override wins and points at the override file.
  assert.equal(p.privileged, true);
  assert.equal(where(loc, 'properties.privileged'), 'merge/compose.override.yaml:3');
  assert.equal(p.image, 'nginx:1.27');
  assert.equal(where(loc, 'properties.image'), '3');

  // Ports: merged by {ip, target, published, protocol}; the repeated 443 is one entry.
  assert.deepEqual(p.ports.map((x) => `${x.host_ip ?? '*'}:${x.published}:${x.target}`), ['127.0.0.1:8080:80', '*:443:443', '*:8443:8443']);
  assert.equal(where(loc, 'properties.ports.0'), '7');
  assert.equal(where(loc, 'properties.ports.1'), 'merge/compose.override.yaml:6');
  assert.equal(where(loc, 'properties.ports.2'), 'merge/compose.override.yaml:7');
  assert.equal(where(loc, 'properties.ports'), '6');

  // Volumes: merged by target; the override's bind replaces the base one at the same target.
  assert.deepEqual(p.volumes, [
    { type: 'bind', source: './html-dev', target: '/usr/share/nginx/html', read_only: false },
    { type: 'volume', source: 'cache', target: '/var/cache/nginx', read_only: false },
  ]);
  assert.equal(where(loc, 'properties.volumes.0'), 'merge/compose.override.yaml:16');
  assert.equal(where(loc, 'properties.volumes.1'), '18');

  // environment: map in the base, list in the override, merged by name.
  assert.deepEqual(Object.fromEntries(Object.entries(p.environment).map(([k, v]) => [k, v.value])), { LOG_LEVEL: 'debug', DB_HOST: 'db', DEBUG: '1' });
  assert.equal(where(loc, 'properties.environment.LOG_LEVEL'), 'merge/compose.override.yaml:9');
  assert.equal(where(loc, 'properties.environment.DB_HOST'), '11');
  assert.equal(where(loc, 'properties.environment.DEBUG'), 'merge/compose.override.yaml:10');

  // Labels (map + list) merged by key; cap_add appended.
  assert.deepEqual(res.tags, { owner: 'web-team', tier: 'frontend' });
  assert.equal(where(loc, 'tags.owner'), '13');
  assert.equal(where(loc, 'tags.tier'), 'merge/compose.override.yaml:12');
  assert.deepEqual(p.cap_add, ['NET_BIND_SERVICE', 'SYS_PTRACE']);
  assert.equal(where(loc, 'properties.cap_add.1'), 'merge/compose.override.yaml:14');

  // command and healthcheck.test are replaced, not appended.
  assert.deepEqual(p.command, ['nginx-debug', '-g', 'daemon off;']);
  assert.equal(where(loc, 'properties.command'), 'merge/compose.override.yaml:4');
  assert.deepEqual(p.healthcheck, { disable: false, test: ['CMD-SHELL', 'curl -f http://localhost/health'] });
  assert.equal(where(loc, 'properties.healthcheck'), '19');
  assert.equal(where(loc, 'properties.healthcheck.test'), 'merge/compose.override.yaml:18');

  // A service only the override defines belongs to the override file.
  const debug = service(r, 'debug');
  assert.equal(debug.res.id, `${fx('merge/compose.override.yaml')}#services.debug`);
  assert.deepEqual(debug.prov.span, { line: 22, endLine: 22 });
  assert.equal(service(r, 'db').p.files.length, 1);
});

test('merge: dns and other value lists are merged without duplicates', async () => {
  const ctx: LoadContext = { io: nodeIO(), env: {}, errors: [], reads: 0, trees: new Map() };
  const files = [fx('merge/compose.yaml'), fx('merge/compose.override.yaml')];
  const project = await loadFiles(files, DIR + '/merge', () => undefined, ctx, files);
  assert.ok(project);
  assert.deepEqual(toPlain(nodeAt(project.root, ['services', 'web', 'dns'])!), ['1.1.1.1', '8.8.8.8']);
});

test('merge: a third file resets ports (!reset), replaces command (!override), overrides a value and disables the healthcheck', async () => {
  const r = await load(['merge/compose.yaml', 'merge/compose.override.yaml', 'merge/compose.prod.yaml']);
  assert.deepEqual(r.errors, []);
  const { p, loc } = service(r, 'web');
  assert.deepEqual(p.ports, []);
  assert.equal(loc['properties.ports'], undefined);
  assert.deepEqual(p.command, ['nginx']);
  assert.equal(where(loc, 'properties.command.0'), 'merge/compose.prod.yaml:6');
  assert.equal(p.environment.LOG_LEVEL!.value, 'warn');
  assert.equal(where(loc, 'properties.environment.LOG_LEVEL'), 'merge/compose.prod.yaml:5');
  assert.equal(p.healthcheck?.disable, true);
  assert.equal(where(loc, 'properties.healthcheck.disable'), 'merge/compose.prod.yaml:8');
  assert.equal(p.files.length, 3);
});

// --- extends and include -----------------------------------------------------------------------

test('extends: same file, another file (with its env_file relative to it), and a chain', async () => {
  const r = await load(['extends/compose.yaml']);
  assert.deepEqual(r.errors, []);

  const worker = service(r, 'worker');
  assert.equal(worker.p.image, 'python:3.12');
  assert.equal(where(worker.loc, 'properties.image'), '3');
  assert.equal(worker.p.read_only, true);
  assert.equal(where(worker.loc, 'properties.read_only'), '4');
  assert.deepEqual(worker.p.cap_drop, ['ALL']);
  assert.deepEqual(Object.keys(worker.p.environment), ['APP_ENV', 'QUEUE']);
  assert.equal(where(worker.loc, 'properties.environment.APP_ENV'), '6');
  assert.equal(where(worker.loc, 'properties.environment.QUEUE'), '12');
  assert.deepEqual(worker.prov.span, { line: 8, endLine: 8 });

  const api = service(r, 'api');
  assert.equal(api.p.image, 'python:3.12-slim');
  assert.equal(where(api.loc, 'properties.image'), '17');
  assert.deepEqual(api.p.security_opt, ['no-new-privileges:true']);
  assert.equal(where(api.loc, 'properties.security_opt.0'), 'extends/shared/common.yaml:5');
  assert.deepEqual(api.p.ports.map((x) => x.target), [9000, 8000]);
  assert.equal(where(api.loc, 'properties.ports.0'), 'extends/shared/common.yaml:8');
  assert.equal(where(api.loc, 'properties.ports.1'), '19');
  assert.equal(api.p.environment.HARDENED?.value, 'yes');
  assert.equal(api.p.environment.HARDENED?.env_file, fx('extends/shared/hardened.env'));
  assert.equal(where(api.loc, 'properties.environment.HARDENED'), 'extends/shared/hardened.env:2');
  assert.deepEqual(api.p.files, [fx('extends/compose.yaml'), fx('extends/shared/common.yaml')]);

  const chained = service(r, 'chained');
  assert.equal(chained.p.user, '1000');
  assert.deepEqual(chained.p.command, ['celery', 'worker']);
  assert.equal(where(chained.loc, 'properties.command'), '10');
  assert.equal(where(chained.loc, 'properties.environment.QUEUE'), '12');
});

test('extends: loops, a missing service and a missing file are errors at the extends line; every service still loads', async () => {
  const r = await load(['extends-loop/compose.yaml']);
  assert.deepEqual(errorsOf(r), [
    ['extends-loop/compose.yaml', 7, 'error', `extends: loop ${fx('extends-loop/compose.yaml')}#a -> ${fx('extends-loop/compose.yaml')}#b -> ${fx('extends-loop/compose.yaml')}#a`],
    ['extends-loop/compose.yaml', 11, 'error', `extends: loop ${fx('extends-loop/compose.yaml')}#self -> ${fx('extends-loop/compose.yaml')}#self`],
    ['extends-loop/compose.yaml', 14, 'error', `extends: service nowhere not found in ${fx('extends-loop/compose.yaml')}`],
    ['extends-loop/compose.yaml', 17, 'error', `extends: cannot load ${fx('extends-loop/does-not-exist.yaml')}: read: no such file`],
  ]);
  assert.deepEqual(r.resources.map((x) => x.name), ['a', 'b', 'self', 'missing-service', 'missing-file', 'ok']);
});

test('include: short and long syntax, relative paths, each project with its own .env; a conflicting service is an error', async () => {
  const r = await load(['include/compose.yaml']);
  assert.deepEqual(errorsOf(r), [
    ['include/compose.yaml', 3, 'error', `include: service web from ${fx('include/cache.yaml')} is already defined in ${fx('include/compose.yaml')}`],
  ]);
  const web = service(r, 'web');
  assert.equal(web.p.image, 'nginx:1.27');
  assert.deepEqual(web.p.depends_on, { db: { condition: 'service_started', required: true }, cache: { condition: 'service_started', required: true } });

  const db = service(r, 'db');
  assert.equal(db.res.id, `${fx('include/db/compose.yaml')}#services.db`);
  assert.equal(db.p.image, 'postgres:16.4');
  assert.equal(where(db.loc, 'properties.image'), '3');
  assert.deepEqual(db.prov.span, { line: 2, endLine: 2 });
  assert.deepEqual(db.p.networks, [{ name: 'data', internal: true, external: false }]);

  const cache = service(r, 'cache');
  assert.equal(cache.p.image, 'redis:7.4');
  assert.equal(cache.prov.file, fx('include/cache.yaml'));
});

test('include: a loop and a missing file are errors at the include line', async () => {
  const r = await load(['include-loop/a.yaml']);
  assert.deepEqual(errorsOf(r), [
    ['include-loop/b.yaml', 2, 'error', `include: loop ${fx('include-loop/a.yaml')} -> ${fx('include-loop/b.yaml')} -> ${fx('include-loop/a.yaml')}`],
    ['include-loop/b.yaml', 3, 'error', `include: cannot read ${fx('include-loop/missing.yaml')}: no such file`],
  ]);
  assert.deepEqual(r.resources.map((x) => `${x.name}@${(x.provenance as FileProvenance).span.line}`), ['a@4', 'b@5']);
});

// --- YAML ---------------------------------------------------------------------------------------

test('anchors, aliases and << merge keys: values point at the anchor where YAML defines them', async () => {
  const r = await load(['anchors/compose.yaml']);
  assert.deepEqual(r.errors, []);
  const api = service(r, 'api');
  assert.equal(api.p.restart, 'unless-stopped');
  assert.equal(where(api.loc, 'properties.restart'), '2');
  assert.equal(api.p.read_only, false, 'a key written in the map wins over the merged one');
  assert.equal(where(api.loc, 'properties.read_only'), '15');
  assert.deepEqual(api.p.cap_add, ['NET_BIND_SERVICE']);
  assert.equal(where(api.loc, 'properties.cap_add'), '16');
  assert.equal(where(api.loc, 'properties.cap_add.0'), '9');
  assert.equal(where(api.loc, 'properties.environment.TZ'), '5');

  const worker = service(r, 'worker');
  assert.equal(worker.p.read_only, true);
  assert.equal(where(worker.loc, 'properties.read_only'), '3');
  assert.equal(worker.p.environment.LOG_LEVEL?.value, 'debug');
  assert.equal(where(worker.loc, 'properties.environment.LOG_LEVEL'), '22');
  assert.equal(where(worker.loc, 'properties.environment.TZ'), '5');
  assert.equal(where(worker.loc, 'properties.environment'), '20');
  assert.deepEqual(worker.prov.span, { line: 17, endLine: 17 });
});

test('malformed YAML: an error naming the file and line, no resources', async () => {
  const r = await load(['malformed/compose.yaml']);
  assert.deepEqual(errorsOf(r), [['malformed/compose.yaml', 6, 'error', 'parse YAML: All mapping items must start at the same column']]);
  assert.deepEqual(r.resources, []);
});

test('structure: null, scalar and list services, a list file and an empty file are errors with lines', async () => {
  const r = await load(['structure/compose.yaml']);
  assert.deepEqual(errorsOf(r), [
    ['structure/compose.yaml', 2, 'error', 'compose: service nothing is empty (null)'],
    ['structure/compose.yaml', 3, 'error', 'compose: service scalar is not a mapping'],
    ['structure/compose.yaml', 4, 'error', 'compose: service listy is not a mapping'],
  ]);
  assert.deepEqual(r.resources.map((x) => x.name), ['real']);
  assert.deepEqual(errorsOf(await load(['structure/list.yaml'])), [['structure/list.yaml', 1, 'error', 'compose: the file is not a mapping']]);
  assert.deepEqual(errorsOf(await load(['structure/empty.yaml'])), [['structure/empty.yaml', 1, 'error', 'compose: the file is empty']]);
  const missing = await load(['structure/nope.yaml']);
  assert.deepEqual(missing.errors, [{ file: fx('structure/nope.yaml'), level: 'error', message: 'read: no such file' }]);
});

const BOMB = `x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
x-f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
services:
  web:
    image: nginx
    command: *f
`;

test('limits: a YAML bomb and deep nesting are errors naming the file and line, not a crash or a hang', async () => {
  const bomb = await loadCompose(['bomb.yaml'], memoryIO({ 'bomb.yaml': BOMB }), { env: {} });
  assert.equal(bomb.resources.length, 0);
  assert.equal(bomb.errors.length, 1);
  assert.equal(bomb.errors[0]!.file, 'bomb.yaml');
  assert.equal(bomb.errors[0]!.level, 'error');
  assert.match(bomb.errors[0]!.message, /^parse YAML: .*(alias|resource exhaustion)/i);
  // The line whose aliases take the expanded size past the bound (the alias count is no longer the limit).
  assert.ok([4, 5, 6].includes(bomb.errors[0]!.line!), `the bomb is reported where aliases multiply, not at line ${bomb.errors[0]!.line}`);

  const flow = 'services:\n  web:\n    image: nginx\n    labels:\n      x: ' + '['.repeat(500) + ']'.repeat(500) + '\n';
  const deep = await loadCompose(['deep.yaml'], memoryIO({ 'deep.yaml': flow }), { env: {} });
  assert.deepEqual(deep.errors, [{ file: 'deep.yaml', line: 5, level: 'error', message: 'parse YAML: nesting deeper than 200 levels' }]);

  let block = 'services:\n  web:\n    image: nginx\n    x-deep:\n';
  for (let i = 0; i < 300; i++) block += `${' '.repeat(6 + 2 * i)}k:\n`;
  const deepBlock = await loadCompose(['block.yaml'], memoryIO({ 'block.yaml': block }), { env: {} });
  assert.equal(deepBlock.errors.length, 1);
  assert.equal(deepBlock.errors[0]!.file, 'block.yaml');
  assert.ok(deepBlock.errors[0]!.line! > 150, 'the line is deep in the file, where the nesting goes too far');
});

test('limits: aliases expanded into many services stay linear and load', async () => {
  const services = Array.from({ length: 300 }, (_, i) => `  s${i}:\n    <<: *base\n`).join('');
  const text = `x-base: &base\n  image: nginx:1.27\n  environment: &env\n${Array.from({ length: 50 }, (_, i) => `    V${i}: "${i}"\n`).join('')}services:\n${services}`;
  const r = await loadCompose(['many.yaml'], memoryIO({ 'many.yaml': text }), { env: {} });
  assert.deepEqual(r.errors, []);
  assert.equal(r.resources.length, 300);
  assert.equal(where(locationRecord((r.resources[299]!.provenance as FileProvenance).locations), 'properties.image'), '2');
});

test('limits: a stack of 57 services built from a few anchors with << merges loads (the bound is the expanded size, not the alias count)', async () => {
  const file = 'fixtures/compose/anchors/docker-compose.yml';
  const r = await loadCompose([file], nodeIO(), { env: {} });
  assert.deepEqual(r.errors, []);
  assert.equal(r.resources.length, 57);
  const stream = r.resources.find((x) => x.name === 'stream-11')!;
  const p = stream.properties as unknown as ComposeServiceProperties;
  // Three merges deep: user from the last anchor, the image from the worker anchor.
  assert.equal(p.user, '1001:1001');
  assert.match(String(p.image), /^example\/worker:/);
  assert.equal(where(locationRecord((stream.provenance as FileProvenance).locations), 'properties.image'), '20');
});

// --- Interpolation -----------------------------------------------------------------------------

test('interpolation: every form, .env beside the first file, and the process environment winning over it', async () => {
  const r = await load(['interpolation/compose.yaml'], { BOTH: 'from-process' });
  const app = service(r, 'app');
  const values = Object.fromEntries(Object.entries(app.p.environment).map(([k, v]) => [k, [v.value, v.interpolated]]));
  assert.deepEqual(values, {
    PLAIN: ['dotenv', true],
    BRACED: ['dotenv', true],
    PROCESS_WINS: ['from-process', true],
    DEFAULT_UNSET: ['fallback', true],
    DEFAULT_EMPTY: ['fallback', true],
    DASH_EMPTY: ['', true],
    DASH_UNSET: ['fallback', true],
    ALT_SET: ['alternative', true],
    ALT_UNSET: ['', true],
    ALT_EMPTY_PLUS: ['alternative', true],
    NESTED: ['dotenv-x', true],
    ESCAPED: ['$NOT_A_VAR', false],
    QUOTED: ['a b', true],
    MISSING: ['', true],
    LITERAL: ['plain', false],
  });
  assert.equal(app.p.image, 'postgres:16.4');
  assert.equal(app.p.read_only, true, 'an interpolated boolean is a boolean');
  assert.deepEqual(app.p.command, ['echo', '']);

  assert.deepEqual(errorsOf(r), [
    ['interpolation/compose.yaml', 19, 'warning', 'variable MISSING_VAR is not set: it interpolates to an empty string'],
    ['interpolation/compose.yaml', 21, 'warning', 'variable MISSING_IN_COMMAND is not set: it interpolates to an empty string'],
    ['interpolation/compose.yaml', 25, 'error', 'required variable REQUIRED_VAR is not set: REQUIRED_VAR must be set'],
    ['interpolation/compose.yaml', 26, 'error', 'required variable REQUIRED_Q is not set: set it'],
    ['interpolation/compose.yaml', 28, 'error', 'invalid interpolation: write $$ for a literal $'],
  ]);
  // The service with errors is still normalized.
  assert.equal(service(r, 'required').p.environment.EMPTY_OK_Q?.value, '');

  const noProcess = await load(['interpolation/compose.yaml'], {});
  assert.equal(service(noProcess, 'app').p.environment.PROCESS_WINS?.value, 'from-dotenv');
  const tagged = await load(['interpolation/compose.yaml'], { TAG: '17.0', READ_ONLY: 'false', REQUIRED_VAR: 'x', REQUIRED_Q: '' });
  assert.equal(service(tagged, 'app').p.image, 'postgres:17.0');
  assert.equal(service(tagged, 'app').p.read_only, false);
  assert.deepEqual(
    errorsOf(tagged).filter((e) => e[2] === 'error').map((e) => e[1]),
    [28],
    '${VAR?err} accepts an empty value; ${VAR:?err} with a value passes',
  );
});

test('interpolation skips x- extension blocks, but not the anchors services take from them', async () => {
  const text = 'x-a: &a\n  image: "nginx:${TAG}"\nx-note: ${NOTE}\nservices:\n  web:\n    <<: *a\n    x-meta: ${META}\n    labels:\n      x-l: ${LBL}\n';
  const r = await loadCompose(['x.yaml'], memoryIO({ 'x.yaml': text }), { env: {} });
  assert.deepEqual(errorsOf(r).map((e) => [e[1], e[3]]), [
    [2, 'variable TAG is not set: it interpolates to an empty string'],
    [9, 'variable LBL is not set: it interpolates to an empty string'],
  ]);
  assert.equal(service(r, 'web').p.image, 'nginx:');
});

test('interpolate(): the grammar on its own', () => {
  const env: Record<string, string> = { A: 'a', E: '' };
  const look = (n: string): string | undefined => env[n];
  const v = (s: string): string => interpolate(s, look).value;
  assert.equal(v('$A-${A}-$$A-$$$A'), 'a-a-$A-$a');
  assert.equal(v('${U:-${A:-x}}/${U-${E}}/${E:+y}/${A:+${A}${A}}'), 'a//' + '' + '/aa');
  assert.equal(v('${A}{}'), 'a{}');
  assert.equal(v('${U:-{braces}}'), '{braces}');
  assert.deepEqual(interpolate('${U}', look).problems, [{ kind: 'unset', name: 'U' }]);
  assert.deepEqual(interpolate('${U:-x}', look).problems, []);
  assert.deepEqual(interpolate('${E:?must be set}', look).problems, [{ kind: 'required', name: 'E', message: 'must be set' }]);
  assert.deepEqual(interpolate('${E?must be set}', look).problems, []);
  assert.deepEqual(interpolate('$1 ${} ${A', look).problems, [{ kind: 'syntax' }, { kind: 'syntax' }, { kind: 'syntax' }]);
  assert.equal(interpolate('no dollars', look).substituted, false);
  assert.equal(interpolate('$$ only', look).substituted, false);
});

// --- Syntaxes ----------------------------------------------------------------------------------

test('ports: short, range, IPv6, number, no published port, long form', async () => {
  const r = await load(['syntax/compose.yaml']);
  const { p, loc } = service(r, 'ports');
  assert.deepEqual(p.ports, [
    { host_ip: null, published: null, target: 5432, protocol: 'tcp' },
    { host_ip: '127.0.0.1', published: '5432', target: 5432, protocol: 'tcp' },
    { host_ip: null, published: '8000-8010', target: '8000-8010', protocol: 'udp' },
    { host_ip: '::1', published: '80', target: 80, protocol: 'tcp' },
    { host_ip: null, published: null, target: 9090, protocol: 'tcp' },
    { host_ip: '127.0.0.1', published: null, target: 6379, protocol: 'tcp' },
    { host_ip: '0.0.0.0', published: '8443', target: 443, protocol: 'tcp' },
  ]);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((i) => where(loc, `properties.ports.${i}`)), ['5', '6', '7', '8', '9', '10', '11']);
});

test('volumes: bind, named, socket, anonymous, long bind/tmpfs/volume', async () => {
  const r = await load(['syntax/compose.yaml']);
  const { p, loc } = service(r, 'volumes');
  assert.deepEqual(p.volumes, [
    { type: 'bind', source: './data', target: '/var/lib/postgresql/data', read_only: true },
    { type: 'volume', source: 'pgdata', target: '/var/lib/postgresql', read_only: false },
    { type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', read_only: false },
    { type: 'volume', source: null, target: '/scratch', read_only: false },
    { type: 'bind', source: '/etc', target: '/host-etc', read_only: true },
    { type: 'tmpfs', source: null, target: '/tmp', read_only: false },
    { type: 'volume', source: 'pgdata', target: '/backup', read_only: false },
  ]);
  assert.equal(where(loc, 'properties.volumes.4'), '23');
  assert.equal(where(loc, 'properties.volumes.6'), '29');
});

test('environment: list and map forms, empty values and pass-through', async () => {
  const r = await load(['syntax/compose.yaml']);
  for (const name of ['env-list', 'env-map']) {
    const { p } = service(r, name);
    const got = Object.fromEntries(Object.entries(p.environment).map(([k, v]) => [k, [v.value, v.empty, v.pass_through, v.interpolated]]));
    assert.deepEqual(got, {
      A: ['1', false, false, false],
      B: ['', true, false, false],
      C: [null, true, true, true],
      D: [name === 'env-list' ? 'x=y' : 'true', false, false, false],
    });
  }
  assert.equal(where(service(r, 'env-list').loc, 'properties.environment.C'), '37');
  assert.equal(where(service(r, 'env-map').loc, 'properties.environment.C'), '44');
});

test('environment and labels keep numbers and booleans as written', async () => {
  const text = 'services:\n  s:\n    image: x:1\n    user: 0999\n    environment:\n      UMASK: 0022\n      VERSION: 1.10\n      FLAG: True\n      N: 7\n    labels:\n      weight: 1.50\n';
  const r = await loadCompose(['n.yaml'], memoryIO({ 'n.yaml': text }), { env: {} });
  const { p, res } = service(r, 's');
  assert.deepEqual(Object.fromEntries(Object.entries(p.environment).map(([k, v]) => [k, v.value])), { UMASK: '0022', VERSION: '1.10', FLAG: 'True', N: '7' });
  assert.deepEqual(res.tags, { weight: '1.50' });
  assert.equal(p.user, '0999');
});

test('depends_on, networks, capabilities, limits, logging, healthcheck NONE, entrypoint string, profiles', async () => {
  const r = await load(['syntax/compose.yaml']);
  const { p, loc } = service(r, 'deps');
  assert.deepEqual(p.depends_on, {
    ports: { condition: 'service_healthy', required: true },
    volumes: { condition: 'service_started', required: false },
  });
  assert.equal(where(loc, 'properties.depends_on.volumes'), '51');
  assert.deepEqual(p.networks, [
    { name: 'front', internal: false, external: false },
    { name: 'back', internal: false, external: true },
  ]);
  assert.equal(where(loc, 'properties.networks.1'), '56');
  assert.deepEqual(p.cap_add, ['SYS_ADMIN', 'NET_ADMIN']);
  assert.deepEqual(p.cap_drop, ['ALL']);
  assert.deepEqual(p.limits, { memory: '512m', cpus: '0.5', pids: null });
  assert.equal(where(loc, 'properties.limits.memory'), '60');
  assert.equal(p.restart, 'unless-stopped');
  assert.deepEqual(p.logging, { driver: 'syslog', options: { 'syslog-address': 'tcp://192.168.0.42:123' } });
  assert.deepEqual(p.healthcheck, { disable: true, test: ['NONE'] });
  assert.deepEqual(p.entrypoint, ['/docker-entrypoint.sh', '--flag', 'two words']);
  assert.deepEqual(p.profiles, ['debug']);
  // Undefined networks would be warned about; these are defined.
  assert.deepEqual(r.errors, []);
});

test('deploy limits win over mem_limit; network_mode has no networks; secrets; labels list with a secret name', async () => {
  const r = await load(['syntax/compose.yaml']);
  const { p, loc, res } = service(r, 'deploy');
  assert.deepEqual(p.limits, { memory: '256M', cpus: '1.5', pids: null });
  assert.equal(where(loc, 'properties.limits'), '77');
  assert.equal(where(loc, 'properties.limits.cpus'), '79');
  assert.deepEqual(p.restart_policy, { condition: 'on-failure' });
  assert.equal(where(loc, 'properties.restart_policy'), '74');
  assert.equal(p.network_mode, 'host');
  assert.deepEqual(p.networks, []);
  assert.deepEqual(p.healthcheck, { disable: true, test: [] });
  assert.deepEqual(p.secrets, ['db_password', 'api_key']);
  assert.equal(where(loc, 'properties.secrets.1'), '86');
  assert.deepEqual(res.tags, { 'com.example.owner': 'ops', 'com.example.api-token': REDACTED });
  assert.equal(where(loc, 'tags.com.example.api-token'), '90');
});

test('image references: registry with port, digest, library/ prefix, no tag', async () => {
  const images: Record<string, [string | null, string | null, string | null]> = {
    'postgres': ['postgres', null, null],
    'library/redis:7': ['redis', '7', null],
    'docker.io/library/Nginx:1.27': ['nginx', '1.27', null],
    'registry.local:5000/team/app:2.1.0': ['team/app', '2.1.0', null],
    'localhost/app': ['app', null, null],
    'ghcr.io/org/app@sha256:abc': ['org/app', null, 'sha256:abc'],
    'bitnami/redis:7.2@sha256:def': ['bitnami/redis', '7.2', 'sha256:def'],
  };
  const text = 'services:\n' + Object.keys(images).map((img, i) => `  s${i}:\n    image: "${img}"\n`).join('');
  const r = await loadCompose(['img.yaml'], memoryIO({ 'img.yaml': text }), { env: {} });
  assert.deepEqual(r.errors, []);
  Object.entries(images).forEach(([img, want], i) => {
    const p = r.resources[i]!.properties as unknown as ComposeServiceProperties;
    assert.deepEqual([p.image_name, p.image_tag, p.image_digest], want, img);
  });
});

test('every ComposeServiceProperties field is present on a minimal service', async () => {
  const r = await loadCompose(['min.yaml'], memoryIO({ 'min.yaml': 'services:\n  s:\n    build: .\n' }), { env: {} });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.resources[0]!.properties, {
    image: null,
    image_name: null,
    image_tag: null,
    image_digest: null,
    build: true,
    privileged: false,
    user: null,
    read_only: false,
    network_mode: null,
    pid: null,
    ipc: null,
    uts: null,
    userns_mode: null,
    cgroup: null,
    cap_add: [],
    cap_drop: [],
    security_opt: [],
    ports: [],
    volumes: [],
    environment: {},
    secrets: [],
    command: [],
    entrypoint: [],
    healthcheck: null,
    restart: null,
    restart_policy: null,
    depends_on: {},
    networks: [{ name: 'default', internal: false, external: false }],
    logging: null,
    limits: { memory: null, cpus: null, pids: null },
    profiles: [],
    files: ['min.yaml'],
  });
});

test('bad syntax inside a service is an error at its line; undefined references are warnings', async () => {
  const text = [
    'services:', //                1
    '  web:', //                   2
    '    image: nginx:1.27', //    3
    '    ports:', //               4
    '      - "80:http"', //        5
    '      - "8080:80"', //        6
    '    volumes:', //             7
    '      - data:/data', //       8
    '    networks: [nowhere]', //  9
    '    depends_on: [ghost]', // 10
    '    secrets: [token]', //    11
    '  nothing-to-run:', //       12
    '    restart: always', //     13
  ].join('\n');
  const r = await loadCompose(['bad.yaml'], memoryIO({ 'bad.yaml': text }), { env: {} });
  assert.deepEqual(errorsOf(r), [
    ['bad.yaml', 5, 'error', 'service web: ports: invalid container port'],
    ['bad.yaml', 8, 'warning', 'service web uses volume data, which the project does not define'],
    ['bad.yaml', 9, 'warning', 'service web joins network nowhere, which the project does not define'],
    ['bad.yaml', 10, 'warning', 'service web depends on ghost, which the project does not define'],
    ['bad.yaml', 11, 'warning', 'service web uses secret token, which the project does not define'],
    ['bad.yaml', 12, 'warning', 'service nothing-to-run has neither an image nor a build: Compose refuses to run it'],
  ]);
  const { p, loc } = service(r, 'web');
  assert.deepEqual(p.ports.map((x) => x.target), [80]);
  assert.equal(where(loc, 'properties.ports.0'), '6', 'indexes are those of the normalized list');
});

// --- Schema ------------------------------------------------------------------------------------

test('schema: errors name the file and line; the other services, and modern keys, still load', async () => {
  const r = await load(['schema/compose.yaml']);
  assert.deepEqual(errorsOf(r), [
    ['schema/compose.yaml', 28, 'error', 'compose schema: services.typo has an attribute that is not allowed: privilegd'],
    ['schema/compose.yaml', 29, 'error', 'compose schema: services.typo.privileged must be boolean'],
    ['schema/compose.yaml', 34, 'error', 'compose schema: services.wrong-shape.ports.0 has an attribute that is not allowed: bogus'],
    ['schema/compose.yaml', 37, 'error', 'compose schema: services.wrong-shape.depends_on.good.condition must be one of service_started, service_healthy, service_completed_successfully'],
  ]);
  assert.deepEqual(r.resources.map((x) => x.name), ['good', 'typo', 'wrong-shape', 'fine']);
  assert.equal(service(r, 'fine').p.read_only, true);
  assert.deepEqual(service(r, 'good').p.ports, [{ host_ip: null, published: '8080-8081', target: 80, protocol: 'tcp' }]);
  assert.deepEqual(service(r, 'good').p.depends_on, { typo: { condition: 'service_started', required: false } });
});

test('schema: an error in an override file names the override file', async () => {
  const files = {
    'p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
    'p/compose.override.yaml': 'services:\n  web:\n    read_only: "maybe"\n',
  };
  const r = await loadCompose(['p/compose.yaml', 'p/compose.override.yaml'], memoryIO(files), { env: {} });
  assert.deepEqual(r.errors, [{ file: 'p/compose.override.yaml', line: 3, level: 'error', message: 'compose schema: services.web.read_only must be boolean' }]);
});

test('env_file: entries point at the env file lines; environment overrides them; a missing required file is an error', async () => {
  const files = {
    'p/compose.yaml': [
      'services:',
      '  app:',
      '    image: app:1',
      '    env_file:',
      '      - app.env',
      '      - path: optional.env',
      '        required: false',
      '      - missing.env',
      '    environment:',
      '      MODE: from-environment',
    ].join('\n'),
    'p/app.env': '# comment\nMODE=from-file\nexport NAME="quoted # not a comment"\nRAW=\'$NOT_EXPANDED\'\nTAGGED=v-${TAG:-1}  # trailing comment\n',
  };
  const r = await loadCompose(['p/compose.yaml'], memoryIO(files), { env: {} });
  assert.deepEqual(r.errors, [{ file: 'p/compose.yaml', line: 8, level: 'error', message: 'service app: env_file p/missing.env: read: no such file' }]);
  const { p, loc } = service(r, 'app');
  assert.deepEqual(Object.fromEntries(Object.entries(p.environment).map(([k, v]) => [k, [v.value, v.env_file, v.interpolated]])), {
    MODE: ['from-environment', null, false],
    NAME: ['quoted # not a comment', 'p/app.env', false],
    RAW: ['$NOT_EXPANDED', 'p/app.env', false],
    TAGGED: ['v-1', 'p/app.env', true],
  });
  assert.deepEqual(loc['properties.environment.NAME'], { file: 'p/app.env', line: 3, endLine: 3 });
  assert.deepEqual(loc['properties.environment.MODE'], { line: 10, endLine: 10 });
});

test('a project never throws on odd shapes: every error is data', async () => {
  const odd = [
    'services: []',
    'services: 3',
    'services:\n  a: !reset\n',
    'services:\n  a:\n    image: [1, 2]\n    ports: {a: 1}\n    environment: 7\n    command: {x: 1}\n    healthcheck: 1\n    networks: 1\n    depends_on: 1\n    logging: []\n    deploy: 1\n    labels: 1\n',
    'include: 1\nservices:\n  a:\n    image: x\n',
    'include:\n  - {}\n  - path: []\n',
    'services:\n  a:\n    extends: {}\n  b:\n    extends: 3\n',
    '? [complex, key]\n: 1\nservices:\n  a:\n    image: x\n',
    'x-a: &a {b: *a}\n',
    '"<<": 1\nservices: {}\n',
  ];
  for (const text of odd) {
    const r = await loadCompose(['odd.yaml'], memoryIO({ 'odd.yaml': text }), { env: {} });
    for (const e of r.errors as InputError[]) assert.equal(e.file, 'odd.yaml', text);
  }
});

test('a named volume that binds a host path (driver_opts o: bind) is a bind of its device, located there', async () => {
  const yaml = [
    'services:', //                                 1
    '  agent:', //                                  2
    '    image: alpine:3.20', //                    3
    '    volumes:', //                              4
    '      - engine:/var/run/docker.sock', //       5
    '      - nfsdata:/data', //                     6
    '      - cache:/cache:ro', //                   7
    'volumes:', //                                  8
    '  engine:', //                                 9
    '    driver_opts:', //                          10
    '      type: none', //                          11
    '      o: bind', //                             12
    '      device: /var/run/docker.sock', //        13
    '  nfsdata:', //                                14
    '    driver_opts: { type: nfs, o: "addr=10.0.0.2,rw", device: ":/export" }', // 15
    '  cache: {}', //                               16
  ].join('\n');
  const r = await loadCompose(['c.yaml'], memoryIO({ 'c.yaml': yaml }), { env: {} });
  const res = r.resources.find((x) => x.name === 'agent')!;
  const p = res.properties as unknown as ComposeServiceProperties;
  assert.deepEqual(p.volumes, [
    { type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', read_only: false, named_volume: 'engine' },
    { type: 'volume', source: 'nfsdata', target: '/data', read_only: false },
    { type: 'volume', source: 'cache', target: '/cache', read_only: true },
  ]);
  const loc = locationRecord((res.provenance as FileProvenance).locations);
  assert.deepEqual([loc['properties.volumes.0']?.line, loc['properties.volumes.1']?.line, loc['properties.volumes.2']?.line], [13, 6, 7]);
});

test('addError keeps one of each equal error, those pushed to the list directly included', () => {
  const ctx: LoadContext = { io: nodeIO(), env: {}, errors: [], reads: 0, trees: new Map() };
  const e = (line: number | undefined, message: string, level: InputError['level'] = 'warning'): InputError => ({ file: 'c.yaml', ...(line === undefined ? {} : { line }), level, message });
  addError(ctx, e(1, 'a'));
  addError(ctx, e(1, 'a'));
  ctx.errors.push(e(2, 'b'));
  addError(ctx, e(2, 'b'));
  addError(ctx, e(2, 'b', 'error'));
  addError(ctx, e(undefined, 'a'));
  addError(ctx, e(undefined, 'a'));
  addError(ctx, e(1, 'a'));
  assert.deepEqual(ctx.errors, [e(1, 'a'), e(2, 'b'), e(2, 'b', 'error'), e(undefined, 'a')]);
  // Linear in the number of errors: 20,000 distinct warnings and their repeats.
  for (let i = 0; i < 20_000; i++) addError(ctx, e(i + 10, `variable V${i} is not set`));
  for (let i = 0; i < 20_000; i++) addError(ctx, e(i + 10, `variable V${i} is not set`));
  assert.equal(ctx.errors.length, 20_004);
});
