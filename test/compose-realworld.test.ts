/**
 * Shapes found in real-world Compose files that the loader once misread: each case is a
 * minimal reproduction, checked with the file and line Compose itself would point at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCompose } from '../src/sources/compose/index.js';
import type { SourceIO } from '../src/sources/io.js';
import type { ComposeServiceProperties } from '../src/model/compose.js';
import type { FileProvenance, LoadResult } from '../src/model/resource.js';
import { spanAt } from '../src/model/locations.js';

function memoryIO(files: Record<string, string>): SourceIO {
  return {
    readText: async (p) => files[p] ?? { file: p, level: 'error', message: 'read: no such file' },
    exists: async (p) => p in files,
  };
}

async function load(files: Record<string, string>, env: Record<string, string> = {}): Promise<LoadResult> {
  return loadCompose([Object.keys(files)[0]!], memoryIO(files), { env });
}

function props(r: LoadResult, name: string): ComposeServiceProperties {
  const res = r.resources.find((x) => x.name === name);
  assert.ok(res, `service ${name} was not loaded`);
  return res.properties as unknown as ComposeServiceProperties;
}

function lineOf(r: LoadResult, name: string, path: string): number | undefined {
  const res = r.resources.find((x) => x.name === name)!;
  return spanAt((res.provenance as FileProvenance).locations, path)?.line;
}

const problems = (r: LoadResult): Array<[string, number | undefined, string, string]> => r.errors.map((e) => [e.file, e.line, e.level, e.message]);

test('include: a relative env_file is read from the including file, like path and project_directory', async () => {
  const r = await load({
    'p/compose.yaml': 'include:\n  - path: ./infra/monitoring.yaml\n    env_file: ./infra/monitoring.env\n',
    'p/infra/monitoring.yaml': 'services:\n  grafana:\n    image: grafana/grafana-oss:${GRAFANA_VERSION}\n',
    'p/infra/monitoring.env': 'GRAFANA_VERSION=10.2.3\n',
  });
  assert.deepEqual(problems(r), []);
  assert.equal(props(r, 'grafana').image, 'grafana/grafana-oss:10.2.3');
});

test('env_file with format: raw: values taken as written, neither unquoted nor interpolated', async () => {
  const r = await load({
    'r/compose.yaml': 'services:\n  app:\n    image: acme/app:1.0\n    env_file:\n      - path: ./raw.env\n        format: raw\n      - ./plain.env\n',
    'r/raw.env': '# comment\nGREETING="hello $USER"\nPLAIN=$HOME/x\n',
    'r/plain.env': 'OTHER="quoted"\n',
  });
  assert.deepEqual(problems(r), []);
  const env = props(r, 'app').environment;
  assert.equal(env.GREETING!.value, '"hello $USER"');
  assert.equal(env.GREETING!.interpolated, false);
  assert.equal(env.PLAIN!.value, '$HOME/x');
  assert.equal(env.OTHER!.value, 'quoted');
  assert.equal(lineOf(r, 'app', 'properties.environment.PLAIN'), 3);
});

test('an image that interpolates to nothing names no image (the unset variable is the warning)', async () => {
  const r = await load({ 'i/compose.yaml': 'services:\n  app:\n    image: ${APP_IMAGE}\n' });
  assert.deepEqual(problems(r), [['i/compose.yaml', 3, 'warning', 'variable APP_IMAGE is not set: it interpolates to an empty string']]);
  const p = props(r, 'app');
  assert.equal(p.image, null);
  assert.equal(p.image_name, null);
});

test('schema: pull_policy daily, weekly, refresh and every_<duration> are valid; a misspelling is still an error at its line', async () => {
  const r = await load({
    'pp/compose.yaml':
      'services:\n  a:\n    image: x:1\n    pull_policy: daily\n  b:\n    image: x:1\n    pull_policy: every_12h30m\n  c:\n    image: x:1\n    pull_policy: refresh\n  d:\n    image: x:1\n    pull_policy: sometimes\n',
  });
  assert.deepEqual(
    problems(r).map(([f, l, level]) => [f, l, level]),
    [['pp/compose.yaml', 13, 'error']],
  );
  assert.match(r.errors[0]!.message, /^compose schema: services\.d\.pull_policy /);
});

test('schema: newer forms Compose accepts load without errors (extra_hosts lists, long device syntax, string modes, null command)', async () => {
  const r = await load({
    'n/compose.yaml': [
      'services:',
      '  app:',
      '    image: acme/app:1.0',
      '    extra_hosts:',
      '      myhost: ["10.0.0.1", "::1"]',
      '    secrets:',
      '      - source: s',
      '        mode: "0440"',
      '    devices:',
      '      - source: /dev/ttyUSB0',
      '        target: /dev/ttyUSB0',
      '        permissions: rwm',
      '    volumes:',
      '      - type: bind',
      '        source: ./x',
      '        target: /x',
      '        bind:',
      '          create_host_path: "true"',
      '    command: null',
      '  bad:',
      '    image: acme/app:1.0',
      '    devices:',
      '      - target: /dev/ttyUSB0',
      'secrets:',
      '  s:',
      '    file: ./s.txt',
      '',
    ].join('\n'),
  });
  assert.deepEqual(
    problems(r).map(([f, l, level]) => [f, l, level]),
    [['n/compose.yaml', 23, 'error']],
  );
  assert.deepEqual(props(r, 'app').command, []);
});

test('interpolated deploy counts and volume nocopy take the types Compose casts them to (no schema error)', async () => {
  const r = await load({
    'c/compose.yaml': [
      'services:',
      '  app:',
      '    image: acme/app:1.0',
      '    volumes:',
      '      - type: volume',
      '        source: v',
      '        target: /v',
      '        volume:',
      '          nocopy: "${NOCOPY:-true}"',
      '    deploy:',
      '      update_config:',
      '        parallelism: ${PARALLEL:-2}',
      '      restart_policy:',
      '        condition: on-failure',
      '        max_attempts: ${ATTEMPTS:-3}',
      'volumes:',
      '  v:',
      '',
    ].join('\n'),
  });
  assert.deepEqual(problems(r), []);
  assert.deepEqual(props(r, 'app').restart_policy, { condition: 'on-failure' });
});
