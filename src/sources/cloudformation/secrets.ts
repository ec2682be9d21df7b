/**
 * Secrets in templates: environment variables whose name or value looks secret are redacted,
 * and password-like properties become `SecretFacts` (was a literal written, is it managed?).
 * The secret itself is never stored, nor written into an Unknown's reason or an error.
 */
import type { Unknown } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/resource.js';
import type { EnvironmentVariable, Maybe, SecretFacts } from '../../model/aws.js';
import { REDACTED } from '../../model/compose.js';
import type { Loose } from './fields.js';
import type { Origin } from './intrinsics.js';
import { NO_VALUE } from './intrinsics.js';

const SECRET_WORDS = [
  'PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'TOKEN', 'APIKEY', 'API_KEY', 'PRIVATE_KEY', 'ACCESS_KEY', 'SECRET_KEY',
  'CREDENTIAL', 'CREDENTIALS', 'SIGNING_KEY', 'ENCRYPTION_KEY', 'MASTER_KEY', 'CONNECTION_STRING',
];
const SECRET_NAME = new RegExp(`(^|_)(${SECRET_WORDS.join('|')})(_|$)`);
// A name that says its value points at a secret rather than being one (DB_SECRET_ARN).
const REFERENCE_SUFFIX = /_(ARN|NAME|ID|PATH|FILE|URL|PARAM|PARAMETER|REF|TTL|TYPE|HEADER|ENDPOINT|LENGTH)$/;

export function isSecretName(name: string): boolean {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  return SECRET_NAME.test(snake) && !REFERENCE_SUFFIX.test(snake);
}

export type SecretValueKind = EnvironmentVariable['secret_value'];

export function secretValueKind(value: string): SecretValueKind {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) return 'private-key';
  if (/\b(AKIA|ASIA)[A-Z0-9]{16}\b/.test(value)) return 'aws-access-key-id';
  if (/^[A-Za-z0-9/+]{40}$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9/+]/.test(value)) return 'aws-secret-access-key';
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i.test(value)) return 'url-credentials';
  if (/^(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|xox[abprs]-[\w-]{10,}|glpat-[\w-]{20,}|sk_live_\w{16,}|sk-[A-Za-z0-9_-]{20,}|AIza[\w-]{35}|eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,})$/.test(value)) {
    return 'token';
  }
  return null;
}

/**
 * One Lambda environment variable. A value that looks secret (by name or value) is replaced by
 * REDACTED; a bare reference (`ref:X`) and Unknowns are kept, since they are not literals. A
 * string with literal parts around a reference counts as a literal.
 */
export function environmentVariable(name: string, value: Maybe<string> | null, isRef: (s: string) => boolean): Loose<EnvironmentVariable> {
  const secretName = isSecretName(name);
  if (typeof value !== 'string' || isRef(value)) return { value, secret_name: secretName, secret_value: null };
  const kind = secretValueKind(value);
  const redact = value !== '' && (secretName || kind !== null);
  return { value: redact ? REDACTED : value, secret_name: secretName, secret_value: kind };
}

type Facts = Loose<SecretFacts>;

/** How a string came to be: written as is, a bare resource reference, or built around one. */
export type StringKind = 'literal' | 'ref' | 'symbolic';

/** What can be said about a password-like property without keeping it. */
export function secretFacts(value: unknown, origins: WeakMap<Unknown, Origin>, kind: (s: string) => StringKind): Facts | null {
  if (value === undefined || value === null || value === NO_VALUE) return null;
  if (typeof value === 'string') {
    const k = kind(value);
    if (k === 'ref') return { literal: false, managed: unknown('a resource attribute') };
    return k === 'literal' ? { literal: true, managed: false } : { literal: unknown('built around a resource attribute'), managed: unknown('built around a resource attribute') };
  }
  if (!isUnknown(value)) return { literal: true, managed: false };
  const origin = origins.get(value);
  switch (origin?.kind) {
    case 'parameter':
      return { literal: origin.hasDefault, managed: origin.noEcho };
    case 'import':
      return { literal: false, managed: unknown('imported value') };
    case 'parts': {
      const managed = origin.parts.some(
        (p) =>
          ('text' in p && /\{\{resolve:(secretsmanager|ssm-secure):/.test(p.text)) ||
          ('unknown' in p && origins.get(p.unknown)?.kind === 'parameter' && (origins.get(p.unknown) as { noEcho: boolean }).noEcho),
      );
      return managed ? { literal: false, managed: true } : { literal: unknown('built from parts'), managed: unknown('built from parts') };
    }
    case 'branches': {
      const [a, b] = origin.values.map((v) => secretFacts(v, origins, kind));
      return combine(a ?? null, b ?? null);
    }
    default:
      return { literal: unknown(value.$unknown), managed: unknown(value.$unknown) };
  }
}

/** Either branch of an Fn::If: a literal in either branch is written in the template. */
function combine(a: Facts | null, b: Facts | null): Facts | null {
  if (!a || !b) return a ?? b;
  const literal = a.literal === true || b.literal === true ? true : a.literal === false && b.literal === false ? false : unknown('depends on a condition');
  const managed = a.managed === b.managed ? a.managed : unknown('depends on a condition');
  return { literal, managed };
}
