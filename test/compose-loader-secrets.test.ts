/**
 * Secret handling in the Compose loader: no secret value ever reaches a Resource or an
 * InputError; what the policies need is computed here instead (secret name, kind of value,
 * default or weak credential, URL facts), and flags such as --requirepass stay visible.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { loadCompose } from '../src/sources/compose/index.js';
import { envVar, isSecretName, parseUrl, redactArgs, secretValueKind } from '../src/sources/secrets.js';
import { nodeIO, type SourceIO } from '../src/sources/io.js';
import type { ComposeServiceProperties } from '../src/model/compose.js';
import { REDACTED } from '../src/model/compose.js';
import type { FileProvenance, LoadResult } from '../src/model/resource.js';
import { locationRecord } from '../src/model/locations.js';

function memoryIO(files: Record<string, string>): SourceIO {
  return {
    readText: async (p) => files[p] ?? { file: p, level: 'error', message: 'read: no such file' },
    exists: async (p) => p in files,
  };
}

const DIR = relative(process.cwd(), join(import.meta.dirname, 'fixtures', 'compose-loader', 'secrets')).split('\\').join('/');

const SECRETS = [
  'Tr0ub4dor-map-secret',
  'hc-inline-pw-77',
  'list-form-secret-42',
  'process-env-secret-8',
  'mysql-inline-secret',
  'redis-cmd-secret-9',
  'redis-cli-secret-5',
  'url-embedded-secret',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'opaque-process-token-6',
  'redis-args-secret-3',
  'script-inline-key',
  'flag-eq-secret',
  'script-token-secret',
  'list-next-secret',
  'list-eq-secret',
  'label-secret-value',
  'log-option-secret',
  'env-file-secret-1',
  'MIIEowIBAAKCAQEA',
];

async function loadFixture(): Promise<LoadResult> {
  return loadCompose([`${DIR}/compose.yaml`], nodeIO(), { env: { DB_PASSWORD: 'process-env-secret-8', API_TOKEN: 'opaque-process-token-6' } });
}

const props = (r: LoadResult, name: string): ComposeServiceProperties =>
  r.resources.find((x) => x.name === name)!.properties as unknown as ComposeServiceProperties;

test('no secret value appears anywhere in the resources or the errors', async () => {
  const r = await loadFixture();
  assert.deepEqual(r.errors, []);
  const text = JSON.stringify(r);
  for (const s of SECRETS) assert.ok(!text.includes(s), `the secret ${s} leaked into the load result`);
});

test('environment (map, list, URL, env_file, interpolated): the facts policies judge, never the value', async () => {
  const r = await loadFixture();
  const db = props(r, 'db').environment;
  assert.deepEqual(db.POSTGRES_PASSWORD, {
    value: REDACTED,
    secret_name: true,
    secret_value: null,
    empty: false,
    default_credential: false,
    weak: false,
    interpolated: false,
    file_reference: false,
    url: null,
    pass_through: false,
    env_file: null,
  });
  assert.equal(db.POSTGRES_USER?.value, 'app');
  assert.equal(db.POSTGRES_PASSWORD_FILE?.file_reference, true);
  assert.equal(db.POSTGRES_PASSWORD_FILE?.value, '/run/secrets/db_password');
  assert.equal(db.POSTGRES_HOST_AUTH_METHOD?.value, 'md5', 'a setting about authentication is not a secret');

  const mysql = props(r, 'mysql').environment;
  assert.equal(mysql.MYSQL_ROOT_PASSWORD?.value, REDACTED);
  assert.equal(mysql.MYSQL_ROOT_PASSWORD?.secret_name, true);
  assert.equal(mysql.MYSQL_ALLOW_EMPTY_PASSWORD?.value, 'no');
  assert.equal(mysql.DB_PASSWORD?.interpolated, true);
  assert.equal(mysql.DB_PASSWORD?.value, REDACTED);

  const app = props(r, 'app').environment;
  assert.equal(app.DATABASE_URL?.secret_value, 'url-credentials');
  assert.deepEqual(app.DATABASE_URL?.url, { scheme: 'postgres', has_credentials: true, host: 'db' });
  assert.equal(app.CACHE_URL?.value, 'redis://cache:6379/0');
  assert.deepEqual(app.CACHE_URL?.url, { scheme: 'redis', has_credentials: false, host: 'cache' });
  assert.equal(app.AWS_ACCESS_KEY_ID?.secret_value, 'aws-access-key-id');
  assert.equal(app.AWS_SECRET_ACCESS_KEY?.secret_value, 'aws-secret-access-key');
  assert.equal(app.GITHUB_TOKEN?.secret_value, 'token');
  assert.equal(app.NOTE?.value, REDACTED, 'substituted from a secret-named variable');
  assert.equal(app.REDIS_ARGS?.value, `--requirepass ${REDACTED}`);
  assert.equal(app.SESSION_SECRET?.env_file, `${DIR}/app.env`);
  assert.equal(app.PRIVATE_KEY?.secret_value, 'private-key');
  assert.equal(app.PLAIN_SETTING?.value, 'visible');
  const loc = locationRecord((r.resources.find((x) => x.name === 'app')!.provenance as FileProvenance).locations);
  assert.deepEqual(loc['properties.environment.SESSION_SECRET'], { file: `${DIR}/app.env`, line: 2, endLine: 2 });
});

test('commands, entrypoints and healthchecks keep their flags with the secret arguments redacted', async () => {
  const r = await loadFixture();
  assert.deepEqual(props(r, 'cache').command, ['redis-server', '--requirepass', REDACTED, '--appendonly', 'yes']);
  assert.deepEqual(props(r, 'cache').healthcheck?.test, ['CMD', 'redis-cli', '-a', REDACTED, 'ping']);
  assert.deepEqual(props(r, 'mysql').healthcheck?.test, ['CMD-SHELL', `mysqladmin ping -h localhost -p${REDACTED}`]);
  assert.deepEqual(props(r, 'db').healthcheck?.test, ['CMD-SHELL', `PGPASSWORD=${REDACTED} pg_isready -U app`]);
  assert.deepEqual(props(r, 'app').command, ['sh', '-c', `API_KEY=${REDACTED} ./start.sh --password=${REDACTED} --token ${REDACTED}`]);
  assert.deepEqual(props(r, 'app').entrypoint, ['/entry', '--requirepass', REDACTED, `--requirepass=${REDACTED}`, '--requirepass', '$REDIS_PASSWORD']);
  assert.deepEqual(props(r, 'app').logging?.options, { 'splunk-token': REDACTED, 'splunk-url': 'https://splunk.example.com:8088' });
  assert.deepEqual(r.resources.find((x) => x.name === 'app')!.tags, { 'com.example.api-token': REDACTED, 'com.example.owner': 'platform' });
});

test('error messages never carry the values they are about', async () => {
  const text = [
    'services:',
    '  x:',
    '    image: nginx:1.27',
    '    privileged: "err-secret-one"',
    '    ports: ["err-secret-two:80"]',
    '    environment:',
    '      PASSWORD: "${UNSET_ONE}err-secret-three"',
    '      OTHER: "cost $err-secret-four"',
    '    volumes: ["a:b:c:err-secret-five"]',
    '    command: "--requirepass err-secret-six ${UNSET_TWO:?err-secret-six must be set}"',
    '  y: "err-secret-seven"',
  ].join('\n');
  const r = await loadCompose(['e.yaml'], memoryIO({ 'e.yaml': text }), { env: {} });
  assert.deepEqual(
    r.errors.map((e) => [e.line, e.level]),
    [[4, 'error'], [5, 'error'], [7, 'warning'], [8, 'warning'], [9, 'error'], [10, 'error'], [11, 'error']],
  );
  const broken = await loadCompose(['b.yaml'], memoryIO({ 'b.yaml': 'services:\n  z:\n    environment:\n      BAD: |err-secret-nine\n' }), { env: {} });
  assert.ok(broken.errors.length >= 1);
  for (const e of [...r.errors, ...broken.errors]) {
    // The one exception is the author's own `:?` message, shown as written.
    const message = e.message.replace('err-secret-six must be set', '');
    assert.ok(!/err-secret/.test(message), `an error message shows a value: ${e.message}`);
  }
  assert.ok(!JSON.stringify(r.resources).includes('err-secret-three'));
});

test('secret names: passwords, tokens and keys, but not *_FILE, settings or identifiers', () => {
  const secret = ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASS', 'DB_PWD', 'API_KEY', 'APIKEY', 'apiKey', 'STRIPE_SECRET_KEY',
    'AWS_SECRET_ACCESS_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'GITHUB_TOKEN', 'AUTH_TOKEN', 'BASIC_AUTH', 'CREDENTIALS', 'GOOGLE_CREDENTIAL',
    'CLIENT_SECRET', 'SECRET', 'APP_KEY', 'ENCRYPTION_KEY', 'MINIO_ROOT_PASSWORD', 'db.password', 'ROOTPASSWORD', 'PASSPHRASE', 'SENDGRID_KEY'];
  const plain = ['DB_PASSWORD_FILE', 'POSTGRES_HOST_AUTH_METHOD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD', 'AWS_ACCESS_KEY_ID',
    'TOKEN_TTL', 'PASSWORD_MIN_LENGTH', 'PASSWORD_ROTATION_DAYS', 'AIRFLOW__API__AUTH_BACKENDS', 'SESSION_TOKEN_INTERVAL', 'PWD', 'PUBLIC_KEY', 'CACHE_KEY', 'AUTH_URL', 'DB_USER', 'POSTGRES_DB', 'PATH', 'LOG_LEVEL', 'KEY', 'COMPASS', 'BYPASS_CACHE'];
  for (const n of secret) assert.equal(isSecretName(n), true, n);
  for (const n of plain) assert.equal(isSecretName(n), false, n);
});

test('secret values: AWS keys, private keys, URL credentials and token prefixes', () => {
  assert.equal(secretValueKind('AKIAIOSFODNN7EXAMPLE'), 'aws-access-key-id');
  assert.equal(secretValueKind('ASIAY34FZKBOKMUTVV7A'), 'aws-access-key-id');
  assert.equal(secretValueKind('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AWS_SECRET_ACCESS_KEY'), 'aws-secret-access-key');
  assert.equal(secretValueKind('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'CHECKSUM'), null, '40 characters alone are not an AWS secret');
  assert.equal(secretValueKind('-----BEGIN OPENSSH PRIVATE KEY-----\nabc'), 'private-key');
  assert.equal(secretValueKind('postgres://user:pass@db/app'), 'url-credentials');
  assert.equal(secretValueKind('jdbc:postgresql://user:pw@db:5432/app'), 'url-credentials');
  assert.equal(secretValueKind('--url=amqp://guest:guest@mq:5672'), 'url-credentials');
  assert.equal(secretValueKind('postgres://user@db/app'), null);
  assert.equal(secretValueKind('ghp_0123456789abcdefghijABCDEFGHIJ012345'), 'token');
  assert.equal(secretValueKind('xoxb-1234567890-abcdefghij'), 'token');
  assert.equal(secretValueKind('sk-proj-abcdefghijklmnopqrstuvwx'), 'token');
  assert.equal(secretValueKind('sk_live_abcdefghijklmn'), 'token');
  assert.equal(secretValueKind('hello world'), null);
  assert.equal(secretValueKind('sk-short'), null);
});

test('URLs: scheme, host and credentials, never the password', () => {
  const u = parseUrl('mongodb://root:example@mongo1:27017,mongo2:27017/admin?replicaSet=rs0');
  assert.deepEqual({ scheme: u?.scheme, host: u?.host, has_credentials: u?.has_credentials }, { scheme: 'mongodb', host: 'mongo1', has_credentials: true });
  assert.equal(parseUrl('redis://:s3cret@cache:6379')?.has_credentials, true);
  assert.equal(parseUrl('https://example.com/path')?.has_credentials, false);
  assert.equal(parseUrl('http://[::1]:8080/')?.host, '[::1]');
  assert.equal(parseUrl('not a url'), null);
});

test('default and weak credentials', () => {
  const v = (name: string, value: string | null) => envVar(name, { value, interpolated: false });
  assert.equal(v('POSTGRES_PASSWORD', 'postgres').default_credential, true);
  assert.equal(v('POSTGRES_PASSWORD', 'postgres').weak, true);
  assert.equal(v('MINIO_ROOT_PASSWORD', 'minioadmin').default_credential, true);
  assert.equal(v('DB_PASSWORD', 'Summer24').weak, true);
  assert.equal(v('DB_PASSWORD', 'Summer24').default_credential, false);
  assert.equal(v('DB_PASSWORD', 'a-long-random-Pa55phrase').weak, false);
  assert.equal(v('DATABASE_URL', 'postgres://postgres:postgres@db/app').default_credential, true);
  assert.equal(v('POSTGRES_USER', 'postgres').default_credential, false, 'a user name is not a credential on its own');
  assert.equal(v('REDIS_HOST', 'redis').default_credential, false);
  assert.deepEqual(
    [v('DB_PASSWORD', '').empty, v('DB_PASSWORD', '').value, v('DB_PASSWORD', '').weak, v('DB_PASSWORD', null).value],
    [true, '', false, null],
  );
});

test('redactArgs: flags, assignments, attached mysql passwords, curl users, references kept', () => {
  assert.deepEqual(redactArgs(['redis-server', '--requirepass', 'x1', '--masterauth=x2']), ['redis-server', '--requirepass', REDACTED, `--masterauth=${REDACTED}`]);
  assert.deepEqual(redactArgs(['mysqld', '-pabc', '-P', '3306']), ['mysqld', '-pabc', '-P', '3306'], 'not a mysql client: -p is left alone');
  assert.deepEqual(redactArgs(['mysql', '-uroot', '-pabc']), ['mysql', '-uroot', `-p${REDACTED}`]);
  assert.deepEqual(redactArgs(['curl', '-u', 'admin:pw', 'http://x']), ['curl', '-u', `admin:${REDACTED}`, 'http://x']);
  assert.deepEqual(redactArgs(['sh', '-c', 'curl -u admin:pw http://x && TOKEN="abc def" run']), ['sh', '-c', `curl -u admin:${REDACTED} http://x && TOKEN="${REDACTED}" run`]);
  assert.deepEqual(redactArgs(['redis-server', '--requirepass', '$REDIS_PASSWORD']), ['redis-server', '--requirepass', '$REDIS_PASSWORD']);
  assert.deepEqual(redactArgs(['mongod', '--auth', '--bind_ip_all']), ['mongod', '--auth', '--bind_ip_all']);
  assert.deepEqual(redactArgs(['app', '--password-file', '/run/secrets/pw']), ['app', '--password-file', '/run/secrets/pw']);
  assert.deepEqual(redactArgs(['app', '--db', 'postgres://u:pw@db/x']), ['app', '--db', `postgres://u:${REDACTED}@db/x`]);
  assert.deepEqual(redactArgs(['app', '--name', 'x'], ['x']), ['app', '--name', 'x'], 'values shorter than 3 characters are not scrubbed');
  assert.deepEqual(redactArgs(['app', '--name', 'opaque-value'], ['opaque-value']), ['app', '--name', REDACTED]);
});
