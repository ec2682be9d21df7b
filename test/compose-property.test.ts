/**
 * Property tests for the Compose loader (fast-check):
 *  - arbitrary Compose-shaped documents (random keys, values of random types, odd strings with
 *    `$`, `:` and quotes, several files merged) never make loadCompose throw, and every problem is
 *    an InputError naming a file (and a positive line when it has one);
 *  - a random secret planted where secrets go (a secret-named variable in map or list form, a
 *    URL password, a command argument, an env_file, a label, the process environment) never
 *    appears in the LoadResult, nor in the JSON, SARIF and console reports of a full scan.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadCompose } from '../src/sources/compose/index.js';
import type { SourceIO } from '../src/sources/io.js';
import type { FileProvenance, LoadResult } from '../src/model/resource.js';
import { locationEntries } from '../src/model/locations.js';
import { scan } from '../src/scan.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatConsole } from '../src/report/console.js';

function memoryIO(files: Record<string, string>): SourceIO {
  return {
    readText: async (p) => files[p] ?? { file: p, level: 'error', message: 'read: no such file' },
    exists: async (p) => p in files,
  };
}

const SERVICE_KEYS = [
  'image', 'build', 'privileged', 'user', 'read_only', 'network_mode', 'pid', 'ipc', 'uts', 'userns_mode',
  'cap_add', 'cap_drop', 'security_opt', 'ports', 'expose', 'volumes', 'environment', 'env_file', 'secrets',
  'command', 'entrypoint', 'healthcheck', 'restart', 'deploy', 'depends_on', 'networks', 'logging', 'labels',
  'mem_limit', 'cpus', 'profiles', 'extends', 'dns', 'tmpfs', 'ulimits', 'x-custom',
];
const TOP_KEYS = ['services', 'networks', 'volumes', 'secrets', 'configs', 'include', 'name', 'version', 'x-anchors'];

/** Strings made of the characters that matter to Compose: interpolation, ports, quotes, paths. */
const oddString = fc.string({ unit: fc.constantFrom('a', 'B', '1', '$', '{', '}', ':', '-', '?', '+', '/', '.', '"', "'", ' ', '=', '@', '[', ']', '#', '\n', '~', '*', '&', '!'), maxLength: 24 });
const text = fc.oneof(fc.string({ maxLength: 16 }), oddString, fc.constantFrom('80:80', '127.0.0.1:5432:5432', './a:/b:ro', 'ALL', 'host', '${X:-1}', 'KEY=value', 'service_healthy'));
const scalarArb = fc.oneof(text, fc.integer({ min: -5, max: 70000 }), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
const keyArb = fc.oneof(fc.constantFrom(...SERVICE_KEYS), fc.string({ maxLength: 10 }));

const { value: valueArb } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
  ),
}));

const serviceArb = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...SERVICE_KEYS), valueArb, { maxKeys: 10 }) },
  { weight: 1, arbitrary: valueArb },
);
const nameArb = fc.oneof(fc.constantFrom('web', 'db', 'cache', 'worker'), fc.string({ maxLength: 8 }));
const docArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ services: fc.dictionary(nameArb, serviceArb, { maxKeys: 4 }) }) },
  { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...TOP_KEYS), valueArb, { maxKeys: 5 }) },
  { weight: 1, arbitrary: valueArb },
);

/** yaml.stringify, or raw text now and then: the loader must take anything a file can hold. */
const fileArb = fc.oneof({ weight: 9, arbitrary: docArb.map((d) => stringify(d)) }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });

function checkShape(r: LoadResult, files: string[]): void {
  assert.ok(Array.isArray(r.resources) && Array.isArray(r.errors));
  for (const e of r.errors) {
    assert.equal(typeof e.message, 'string');
    assert.ok(e.level === 'error' || e.level === 'warning');
    assert.ok(typeof e.file === 'string' && e.file !== '');
    if (e.line !== undefined) assert.ok(Number.isInteger(e.line) && e.line >= 1, `line ${e.line}`);
  }
  for (const res of r.resources) {
    const p = res.provenance as FileProvenance;
    assert.ok(files.includes(p.file), `resource file ${p.file}`);
    assert.ok(p.span.line >= 1);
    for (const [, s] of locationEntries(p.locations)) assert.ok(s.line >= 1 && s.endLine >= s.line - 0 && (s.file === undefined || s.file !== p.file));
    JSON.stringify(res);
  }
}

test('property: arbitrary Compose-shaped files never make loadCompose throw', async () => {
  await fc.assert(
    fc.asyncProperty(fileArb, fileArb, fc.boolean(), async (base, override, both) => {
      const files = { 'p/compose.yaml': base, 'p/compose.override.yaml': override, 'p/.env': 'X=1\nY=${X}\n' };
      const list = both ? ['p/compose.yaml', 'p/compose.override.yaml'] : ['p/compose.yaml'];
      const r = await loadCompose(list, memoryIO(files), { env: {} });
      checkShape(r, list);
    }),
    { numRuns: 300 },
  );
});

// --- Planted secrets ---------------------------------------------------------------------------

/** Secrets long and random enough never to appear by chance elsewhere in the document. */
const secretArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.~-]{13,39}$/).filter((s) => /[a-z]/.test(s) && /[0-9]/.test(s));
const secretNameArb = fc
  .tuple(fc.stringMatching(/^(?:[A-Z]{1,8}_)?$/), fc.constantFrom('PASSWORD', 'SECRET', 'TOKEN', 'API_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'PASSWD', 'CREDENTIALS', 'AUTH_TOKEN', 'SECRET_KEY', 'PASS'))
  .map(([prefix, word]) => `${prefix}${word}`);

type Placement = 'env-map' | 'env-list' | 'url' | 'command-string' | 'command-list' | 'command-eq' | 'sh-script' | 'env-file' | 'label' | 'process-env' | 'healthcheck' | 'logging';
const PLACEMENTS: Placement[] = ['env-map', 'env-list', 'url', 'command-string', 'command-list', 'command-eq', 'sh-script', 'env-file', 'label', 'process-env', 'healthcheck', 'logging'];

interface Planted {
  files: Record<string, string>;
  env: Record<string, string>;
}

function plant(secret: string, name: string, where: Placement, others: Record<string, unknown>): Planted {
  const svc: Record<string, unknown> = { image: 'postgres:16.4' };
  const files: Record<string, string> = {};
  const env: Record<string, string> = {};
  switch (where) {
    case 'env-map':
      svc.environment = { [name]: secret, OTHER: 'x' };
      break;
    case 'env-list':
      svc.environment = [`${name}=${secret}`, 'OTHER=x'];
      break;
    case 'url':
      svc.environment = { DATABASE_URL: `postgres://app:${secret}@db:5432/app` };
      break;
    case 'command-string':
      svc.command = `redis-server --requirepass ${secret} --appendonly yes`;
      break;
    case 'command-list':
      svc.command = ['redis-server', '--requirepass', secret];
      break;
    case 'command-eq':
      svc.entrypoint = ['/app', `--password=${secret}`];
      break;
    case 'sh-script':
      svc.command = ['sh', '-c', `${name}=${secret} ./run.sh`];
      break;
    case 'env-file':
      svc.env_file = ['app.env'];
      files['p/app.env'] = `# settings\n${name}=${secret}\n`;
      break;
    case 'label':
      svc.labels = { [`com.example.${name.toLowerCase()}`]: secret };
      break;
    case 'process-env':
      svc.environment = { [name]: `\${${name}}`, NOTE: `prefix-\${${name}}` };
      env[name] = secret;
      break;
    case 'healthcheck':
      svc.healthcheck = { test: ['CMD', 'redis-cli', '-a', secret, 'ping'] };
      break;
    case 'logging':
      svc.logging = { driver: 'splunk', options: { 'splunk-token': secret } };
      break;
  }
  files['p/compose.yaml'] = stringify({ services: { ...others, target: svc } });
  return { files, env };
}

const othersArb = fc.dictionary(fc.constantFrom('web', 'db', 'cache', 'worker'), serviceArb, { maxKeys: 3 });

test('property: a planted secret never appears in the LoadResult', async () => {
  await fc.assert(
    fc.asyncProperty(secretArb, secretNameArb, fc.constantFrom(...PLACEMENTS), othersArb, async (secret, name, where, others) => {
      // A `<<` key in another service is a merge key; one whose value is no mapping makes the whole
      // file invalid YAML, for Compose too, so no service loads (a parse error at its line).
      fc.pre(!JSON.stringify(others).includes('"<<"'));
      const { files, env } = plant(secret, name, where, others);
      const r = await loadCompose(['p/compose.yaml'], memoryIO(files), { env });
      assert.ok(r.resources.some((x) => x.name === 'target'), `the planted service loads (${where})`);
      assert.ok(!JSON.stringify(r).includes(secret), `${where}: ${name} leaked`);
    }),
    { numRuns: 400 },
  );
});

test('property: a planted secret never appears in the JSON, SARIF or console report of a scan', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-compose-'));
  try {
    const rel = relative(process.cwd(), dir);
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        secretNameArb,
        fc.constantFrom(...PLACEMENTS.filter((p) => p !== 'process-env')),
        async (secret, name, where) => {
          const { files } = plant(secret, name, where, { db: { image: 'postgres:16.4', environment: { POSTGRES_PASSWORD: 'postgres' } } });
          rmSync(join(dir, 'p'), { recursive: true, force: true });
          for (const [p, content] of Object.entries(files)) {
            const full = join(dir, p);
            const { mkdirSync } = await import('node:fs');
            mkdirSync(join(full, '..'), { recursive: true });
            writeFileSync(full, content);
          }
          const result = await scan({ paths: [join(rel, 'p')], requiredTags: ['owner'] });
          assert.ok(result.summary.resources >= 2, 'the project was scanned');
          for (const [format, out] of [
            ['json', formatJson(result)],
            ['sarif', formatSarif(result)],
            ['console', formatConsole(result)],
          ] as const) {
            assert.ok(!out.includes(secret), `${where}: ${name} leaked into the ${format} report`);
          }
        },
      ),
      { numRuns: 40 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
