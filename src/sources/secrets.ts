/**
 * What the loader concludes about values that may be secrets, computed here so that the value
 * itself never reaches the model, the policies or a report. Pure functions.
 */
import { REDACTED } from '../model/compose.js';
import type { ComposeEnvVar } from '../model/compose.js';

// --- Names ------------------------------------------------------------------------------------

/** Tokens (of a name split on `_`, `-`, `.`) that mark a secret on their own. */
const SECRET_TOKENS = new Set([
  'PASSWORD', 'PASSWD', 'PASS', 'PWD', 'PASSPHRASE', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS',
  'APIKEY', 'ACCESSKEY', 'SECRETKEY', 'PRIVATEKEY', 'CREDENTIAL', 'CREDENTIALS', 'CREDS', 'AUTH',
]);

/** Substrings that mark a secret inside a token (`DBPASSWORD`, `ROOTPASSWD`, `GITHUBTOKEN`). */
const SECRET_PARTS = ['PASSWORD', 'PASSWD', 'SECRET', 'TOKEN', 'APIKEY', 'ACCESSKEY', 'PRIVATEKEY', 'CREDENTIAL'];

/** `<X>_KEY` is a secret for these X (API_KEY, APP_KEY, MASTER_KEY, ...). */
const KEY_QUALIFIERS = new Set([
  'API', 'ACCESS', 'PRIVATE', 'SECRET', 'CLIENT', 'ENCRYPTION', 'SIGNING', 'MASTER', 'APP', 'JWT',
  'SESSION', 'ACCOUNT', 'LICENSE', 'SERVICE', 'AUTH', 'HMAC', 'CRYPT', 'CIPHER', 'AES', 'SHARED',
  'WEBHOOK', 'STRIPE', 'SENDGRID', 'MAILGUN', 'OPENAI', 'ANTHROPIC', 'ADMIN', 'ROOT', 'STORAGE', 'SSH',
]);

/** A last token that makes the name about a secret, not the secret (`PASSWORD_FILE`, `AUTH_METHOD`). */
const NOT_SECRET_LAST = new Set([
  'FILE', 'PATH', 'DIR', 'URL', 'URI', 'HOST', 'HOSTNAME', 'PORT', 'ENDPOINT', 'USER', 'USERNAME',
  'NAME', 'ID', 'METHOD', 'MODE', 'TYPE', 'ENABLED', 'ENABLE', 'DISABLED', 'DISABLE', 'REQUIRED',
  'LENGTH', 'LEN', 'MIN', 'MAX', 'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'TIMEOUT', 'ALGORITHM',
  'ALG', 'PROVIDER', 'HEADER', 'ISSUER', 'AUDIENCE', 'REALM', 'SCOPE', 'SCOPES', 'REGION', 'VERSION',
  'LOCATION', 'DRIVER', 'BACKEND', 'STRATEGY', 'POLICY', 'LIFETIME', 'AGE', 'COUNT', 'LIMIT', 'SIZE',
  'ATTEMPTS', 'RETRIES', 'ARN', 'PREFIX', 'FORMAT', 'STORE', 'DB', 'DATABASE', 'TABLE', 'KEYS',
  // Settings about a secret rather than the secret: AUTH_BACKENDS, PASSWORD_ROTATION_DAYS, ...
  'BACKENDS', 'CLASS', 'MODULE', 'PLUGIN', 'PLUGINS', 'HANDLER', 'INTERVAL', 'PERIOD',
  'DAYS', 'HOURS', 'MINUTES', 'SECONDS', 'MS',
]);

/** Tokens of a setting that switches something about a secret (`MYSQL_ALLOW_EMPTY_PASSWORD=yes`). */
const FLAG_TOKENS = new Set(['ALLOW', 'RANDOM', 'GENERATE', 'SKIP', 'ENABLE', 'DISABLE', 'REQUIRE', 'USE', 'EMPTY', 'RESET']);

/** `KEY` alone at the end is a secret unless it names a kind of key that is not. */
const PLAIN_KEY_QUALIFIERS = new Set(['PUBLIC', 'PRIMARY', 'FOREIGN', 'SORT', 'PARTITION', 'CACHE', 'ROUTING', 'IDEMPOTENCY', 'OBJECT', 'S3', 'HASH', 'LOOKUP', 'MAP', 'REDIS', 'SHARD']);

function tokens(name: string): string[] {
  // camelCase and kebab/dot/snake case all split into upper-case tokens.
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((t) => t !== '');
}

/** The name ends in _FILE: its value is the path of a file holding the secret. */
export function isFileReference(name: string): boolean {
  return /[_.-]FILE$/i.test(name) || /File$/.test(name);
}

/** What a switch is set to: `MYSQL_ALLOW_EMPTY_PASSWORD=yes`. */
const FLAG_VALUE = /^(?:y|yes|n|no|true|false|on|off|0|1)?$/i;

/**
 * The name looks like it holds a secret. A name that reads as a switch about a secret
 * (`MYSQL_ALLOW_EMPTY_PASSWORD`) is not one, unless its value is more than a yes or no.
 */
export function isSecretName(name: string, value?: string | null): boolean {
  const t = tokens(name);
  if (t.length === 0 || isFileReference(name)) return false;
  const last = t[t.length - 1]!;
  if (t.length > 1 && NOT_SECRET_LAST.has(last)) return false;
  if (t.some((x) => FLAG_TOKENS.has(x)) && (value === undefined || value === null || FLAG_VALUE.test(value.trim()))) return false;
  if (t.length === 1 && t[0] === 'PWD') return false; // the shell's working directory
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    if (SECRET_TOKENS.has(x)) return true;
    if (SECRET_PARTS.some((p) => x.includes(p))) return true;
    if (x === 'KEY' && i === t.length - 1 && i > 0) {
      const q = t[i - 1]!;
      if (KEY_QUALIFIERS.has(q)) return true;
      if (!PLAIN_KEY_QUALIFIERS.has(q) && !NOT_SECRET_LAST.has(q)) return true;
    }
  }
  return false;
}

// --- Values -----------------------------------------------------------------------------------

export type SecretValueKind = NonNullable<ComposeEnvVar['secret_value']>;

const AWS_KEY_ID = /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/;
const AWS_SECRET_SHAPE = /^[A-Za-z0-9/+=]{40}$/;
const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/;
const TOKEN_PATTERNS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
  /\bglpat-[A-Za-z0-9_-]{20,}/,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/,
  /\bxapp-[A-Za-z0-9-]{10,}/,
  /\bsk-[A-Za-z0-9_-]{20,}/,
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/,
  /\bAIza[0-9A-Za-z_-]{35}/,
  /\bnpm_[A-Za-z0-9]{36}/,
  /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/,
  /\bhf_[A-Za-z0-9]{30,}/,
  /\bdop_v1_[a-f0-9]{64}/,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/,
];

export interface UrlFacts {
  scheme: string;
  has_credentials: boolean;
  host: string;
}

interface ParsedUrl extends UrlFacts {
  password: string | null;
}

/**
 * `scheme://user:password@`. The scheme is checked behind the `://` (a lookbehind after it), not in front:
 * unanchored, a leading `[a-z][a-z0-9+.-]*` was retried from every letter of a long word, which
 * was quadratic (a 40k-character value took seconds). Now each `://` is looked at once.
 */
const URL_CREDENTIALS = /:\/\/(?<=[a-z][a-z0-9+.-]*:\/\/)[^\s:/@]*:[^\s@/]+@/i;
const URL_CREDENTIALS_ALL = /(:\/\/(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s:/@]*:)([^\s@/]+)@/g;
const URL_START = /^([A-Za-z][A-Za-z0-9+.-]*(?::[A-Za-z][A-Za-z0-9+.-]*)*):\/\/([^/?#\s]*)/;

/** Scheme, host and whether a URL carries a password; null when the value is not a URL. */
export function parseUrl(value: string): ParsedUrl | null {
  const m = URL_START.exec(value.trim());
  if (!m) return null;
  const authority = m[2]!;
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : null;
  const hostport = at >= 0 ? authority.slice(at + 1) : authority;
  let host = hostport.startsWith('[') ? hostport.slice(0, hostport.indexOf(']') + 1) : hostport.split(':')[0]!;
  // Several hosts (mongodb://a,b/): the first one names the service.
  host = host.split(',')[0]!.toLowerCase();
  let password: string | null = null;
  let hasCredentials = false;
  if (userinfo !== null) {
    const colon = userinfo.indexOf(':');
    password = colon >= 0 ? userinfo.slice(colon + 1) : null;
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    hasCredentials = (password !== null && password !== '') || tokenKind(user) !== null;
  }
  return { scheme: m[1]!.toLowerCase(), has_credentials: hasCredentials, host, password };
}

function tokenKind(value: string): 'token' | null {
  return TOKEN_PATTERNS.some((p) => p.test(value)) ? 'token' : null;
}

/** What a value looks like when it looks like a secret whatever its name. */
export function secretValueKind(value: string, name = ''): SecretValueKind | null {
  if (PRIVATE_KEY.test(value)) return 'private-key';
  if (AWS_KEY_ID.test(value)) return 'aws-access-key-id';
  const upper = name.toUpperCase();
  if (AWS_SECRET_SHAPE.test(value.trim()) && /AWS|SECRET_ACCESS|SECRETACCESS/.test(upper) && /[a-z]/.test(value) && /[0-9]/.test(value)) {
    return 'aws-secret-access-key';
  }
  if (parseUrl(value)?.has_credentials) return 'url-credentials';
  if (URL_CREDENTIALS.test(value)) return 'url-credentials';
  return tokenKind(value);
}

const DEFAULT_CREDENTIALS = new Set([
  'postgres', 'postgresql', 'minioadmin', 'minio123', 'admin', 'administrator', 'password',
  'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'changeme', 'change_me', 'changeit',
  'root', 'toor', 'redis', 'example', 'secret', 'test', 'testing', 'guest', 'user', 'pass', 'demo',
  'default', 'mysql', 'mariadb', 'mongo', 'mongodb', 'rabbitmq', 'elastic', 'kibana', 'grafana',
  'keycloak', 'oracle', 'sa', 'welcome', 'master', 'letmein', 'qwerty', 'abc123', '1234', '12345',
  '123456', '12345678', '123456789', 'dev', 'development', 'local', 'supersecret', 'mysecretpassword',
  'my-secret-pw', 'secretpassword', 'prom-operator', 'bitnami', 'wordpress', 'nextcloud', 'airflow',
  'superset', 'odoo', 'django', 'rails', 'pgpassword', 'dbpassword', 'adminadmin', 'admin123',
  'root123', 'password!', 'secret123', 'test123', 'testpassword', 'example123', 'sonar', 'jenkins',
]);

export function isDefaultCredential(value: string): boolean {
  return DEFAULT_CREDENTIALS.has(value.trim().toLowerCase());
}

export interface EnvFacts {
  /** The raw value: used to compute the facts, never stored. */
  value: string | null;
  interpolated: boolean;
  /** Values substituted from secret-named variables, scrubbed from whatever is kept. */
  sensitive?: readonly string[];
  passThrough?: boolean;
  envFile?: string | null;
}

/** The model entry for one environment variable; the value is kept only when nothing about it looks secret. */
export function envVar(name: string, facts: EnvFacts): ComposeEnvVar {
  const raw = facts.value;
  const empty = raw === null || raw === '';
  const fileReference = isFileReference(name);
  const secretName = !fileReference && isSecretName(name, raw);
  const parsed = raw ? parseUrl(raw) : null;
  const secretValue = raw ? secretValueKind(raw, name) : null;
  const defaultCredential =
    !empty && ((secretName && isDefaultCredential(raw!)) || (parsed?.password ? isDefaultCredential(parsed.password) : false));
  const weak = secretName && !empty && (raw!.length < 12 || defaultCredential);
  let value: string | null = raw;
  if (!empty) {
    value = secretName || secretValue !== null ? REDACTED : redactText(raw!, facts.sensitive);
  }
  return {
    value,
    secret_name: secretName,
    secret_value: secretValue,
    empty,
    default_credential: defaultCredential,
    weak,
    interpolated: facts.interpolated,
    file_reference: fileReference,
    url: parsed ? { scheme: parsed.scheme, has_credentials: parsed.has_credentials, host: parsed.host } : null,
    pass_through: facts.passThrough ?? false,
    env_file: facts.envFile ?? null,
  };
}

/** A label or log option: redacted whole when its name or value looks secret, else scrubbed. */
export function redactNamedValue(name: string, value: string, sensitive?: readonly string[]): string {
  if (value === '') return value;
  if (isSecretName(name, value) || secretValueKind(value, name) !== null) return REDACTED;
  return redactText(value, sensitive);
}

/** Free text that may hold arguments (`REDIS_ARGS=--requirepass x`): secrets redacted, flags kept. */
export function redactText(text: string, sensitive?: readonly string[]): string {
  return redactArgs([text], sensitive)[0]!;
}

// --- Free text and arguments ------------------------------------------------------------------

/** Flags whose value is a secret: `--requirepass`, `--password`, `--api-key`, `--masterauth`... */
// One separator at most before each letter or digit: the same flags, without the nested
// quantifiers that backtracked exponentially on a long word followed by a stray character.
const SECRET_FLAG = /^--?(?:[-_]?[A-Za-z0-9])*$/;

function isSecretFlag(flag: string): boolean {
  if (!SECRET_FLAG.test(flag)) return false;
  const bare = flag.replace(/^-+/, '');
  if (/(?:^|[-_])(?:file|path|dir|length|ttl|timeout)$/i.test(bare)) return false;
  if (/^(?:requirepass|masterauth|masterpass|pass|password|passwd|pwd|secret|token|auth|auth-token|api-key|apikey|access-key|secret-key|private-key|client-secret|credentials?|passphrase|key-password|keystore-password|truststore-password)$/i.test(bare)) {
    return true;
  }
  return isSecretName(bare);
}

/** A shell variable reference (`$X`, `${X}`, `"$X"`): the secret is not in the text. */
function isReference(value: string): boolean {
  return /^["']?\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$/.test(value);
}

const MYSQL_TOOLS = /(?:^|[\s/])(?:mysql|mysqladmin|mysqldump|mysqlsh|mariadb|mariadb-admin|mariadb-dump|mysqlcheck|mysqlimport)(?:\s|$)/;
const REDIS_CLI = /(?:^|[\s/])(?:redis-cli|valkey-cli|keydb-cli)(?:\s|$)/;
const HTTP_CLIENTS = /(?:^|[\s/])(?:curl|wget)(?:\s|$)/;

/** Replaces, inside free text, every occurrence of the given values, then every secret shape. */
export function scrubText(text: string, sensitive?: readonly string[]): string {
  let out = text;
  for (const s of sensitive ?? []) {
    if (s.length >= 3) out = out.split(s).join(REDACTED);
  }
  // Most text has no secret shape at all: one scan says so (each replace below scans again).
  if (!ANY_SHAPE.test(out)) return out;
  // Credentials in URLs: keep scheme, user and host.
  out = out.replace(URL_CREDENTIALS_ALL, (m, head: string, pw: string) =>
    pw === REDACTED || isReference(pw) ? m : `${head}${REDACTED}@`,
  );
  out = out.replace(PRIVATE_KEY_BLOCK, REDACTED);
  out = out.replace(AWS_KEY_IDS, REDACTED);
  for (const p of TOKENS) out = out.replace(p, REDACTED);
  return out;
}

const PRIVATE_KEY_BLOCK = new RegExp(PRIVATE_KEY.source + '[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)', 'g');
const AWS_KEY_IDS = new RegExp(AWS_KEY_ID.source, 'g');
const TOKENS = TOKEN_PATTERNS.map((p) => new RegExp(p.source, 'g'));
/** Matches where one of the replaces of scrubText would (not global: `test` keeps no state). */
const ANY_SHAPE = new RegExp([URL_CREDENTIALS_ALL, PRIVATE_KEY_BLOCK, AWS_KEY_IDS, ...TOKENS].map((p) => `(?:${p.source})`).join('|'));

/**
 * Arguments with secrets redacted: the value after a secret flag (`--requirepass x`,
 * `--requirepass=x`), `NAME=value` for a secret NAME, mysql's `-pVALUE`, redis-cli's `-a VALUE`,
 * curl's `-u user:pass`; inside `sh -c` scripts as well. Flags are kept, so policies still see
 * that `--requirepass` is set; references to variables (`$REDIS_PASSWORD`) are kept too.
 */
export function redactArgs(args: readonly string[], sensitive?: readonly string[]): string[] {
  const all = args.join(' ');
  const mysql = MYSQL_TOOLS.test(all);
  const redis = REDIS_CLI.test(all);
  const http = HTTP_CLIENTS.test(all);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const prev = i > 0 ? args[i - 1]! : undefined;
    if (http && (prev === '-u' || prev === '--user')) {
      out.push(redactUserPass(arg));
      continue;
    }
    if (prev !== undefined && takesSecretValue(prev, redis) && !arg.startsWith('--') && arg !== '' && !isReference(arg)) {
      out.push(REDACTED);
      continue;
    }
    out.push(redactInText(arg, mysql, redis, http, sensitive));
  }
  return out;
}

function takesSecretValue(flag: string, redis: boolean): boolean {
  if (flag.includes('=')) return false;
  if (redis && flag === '-a') return true;
  return isSecretFlag(flag);
}

function redactUserPass(value: string): string {
  const colon = value.indexOf(':');
  return colon >= 0 && !isReference(value.slice(colon + 1)) ? `${value.slice(0, colon + 1)}${REDACTED}` : value;
}

/** Redacts secrets inside one argument, which may be a whole shell script. */
function redactInText(text: string, mysql: boolean, redis: boolean, http: boolean, sensitive?: readonly string[]): string {
  let out = scrubText(text, sensitive);
  const value = `("[^"]*"|'[^']*'|[^\\s"';&|]+)`;
  // --flag=value and --flag value
  out = out.replace(new RegExp(`(^|\\s)(--?[A-Za-z][A-Za-z0-9_-]*)(=|\\s+)${value}`, 'g'), (m, lead: string, flag: string, sep: string, v: string) => {
    if (!isSecretFlag(flag) || v.startsWith('-') || v === REDACTED || isReference(v)) return m;
    if (sep !== '=' && /^(?:-u|--user)$/.test(flag)) return m;
    return `${lead}${flag}${sep}${quoteLike(v)}`;
  });
  // NAME=value for a secret NAME (env assignments in scripts)
  out = out.replace(new RegExp(`(^|[\\s;&|(])([A-Za-z_][A-Za-z0-9_]*)=${value}`, 'g'), (m, lead: string, name: string, v: string) => {
    if (!isSecretName(name, v) || isReference(v) || v === REDACTED || v === '""' || v === "''") return m;
    return `${lead}${name}=${quoteLike(v)}`;
  });
  if (mysql) {
    out = out.replace(/(^|\s)-p(?!\s|$)([^\s"';&|]+|"[^"]*"|'[^']*')/g, (m, lead: string, v: string) =>
      isReference(v) || v === REDACTED ? m : `${lead}-p${quoteLike(v)}`,
    );
  }
  if (redis) {
    out = out.replace(/(^|\s)-a\s+([^\s"';&|]+|"[^"]*"|'[^']*')/g, (m, lead: string, v: string) =>
      isReference(v) || v === REDACTED || v.startsWith('-') ? m : `${lead}-a ${quoteLike(v)}`,
    );
  }
  // curl -u user:pass, --user user:pass
  if (http) out = out.replace(/(^|\s)(-u|--user)(\s+|=)([^\s:"']+):([^\s"']+)/g, (m, lead: string, flag: string, sep: string, user: string, pw: string) =>
    isReference(pw) || pw === REDACTED ? m : `${lead}${flag}${sep}${user}:${REDACTED}`,
  );
  return out;
}

function quoteLike(v: string): string {
  const q = v[0];
  return q === '"' || q === "'" ? `${q}${REDACTED}${q}` : REDACTED;
}
