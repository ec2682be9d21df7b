/**
 * Secrets in templates: environment variables are judged as Compose judges them (same names,
 * same value shapes, from compose/secrets.ts), and password-like properties become
 * `SecretFacts` (was a literal written, is it managed?). The secret itself is never stored, nor
 * written into an Unknown's reason or an error.
 */
import type { Unknown } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/resource.js';
import type { EnvironmentVariable, Maybe, SecretFacts } from '../../model/aws/index.js';
import { REDACTED } from '../../model/compose.js';
import { isSecretName, redactText, secretValueKind } from '../secrets.js';
import type { Loose } from './fields.js';
import type { Origin } from './intrinsics.js';
import { NO_VALUE } from './intrinsics.js';

/**
 * One Lambda environment variable. A value that looks secret (by name or value) is replaced by
 * REDACTED; a bare reference (`ref:X`) and Unknowns are kept, since they are not literals. A
 * string with literal parts around a reference counts as a literal.
 */
export function environmentVariable(name: string, value: Maybe<string> | null, isRef: (s: string) => boolean): Loose<EnvironmentVariable> {
  const secretName = secretVariableName(name);
  if (typeof value !== 'string' || isRef(value)) return { value, secret_name: secretName, secret_value: null };
  const kind = secretValueKind(value, name);
  if (value === '') return { value, secret_name: secretName, secret_value: kind };
  return { value: secretName || kind !== null ? REDACTED : redactText(value), secret_name: secretName, secret_value: kind };
}

/** Variable names repeat across functions and templates: each is judged once (names only, never values). */
const secretNames = new Map<string, boolean>();
function secretVariableName(name: string): boolean {
  let yes = secretNames.get(name);
  if (yes === undefined) {
    yes = isSecretName(name);
    if (secretNames.size < 10_000) secretNames.set(name, yes);
  }
  return yes;
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
