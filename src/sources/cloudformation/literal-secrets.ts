/**
 * Secrets written in a template, in any resource type: a property named like a secret
 * (`Password`, `OauthToken`, `SaslPassword`...) whose value is a literal or a parameter's
 * Default, and credentials inside EC2 user data (decoded when written as literal base64).
 * Returns where and what kind, never the value. Properties that a dedicated rule already
 * judges (RDS MasterUserPassword, Lambda environment...) are left to that rule.
 */
import type { Span, Unknown } from '../../model/resource.js';
import { isUnknown } from '../../model/resource.js';
import type { LiteralSecret } from '../../model/aws/index.js';
import { isSecretName, secretValueKind } from '../secrets.js';
import type { Origin, Part } from './intrinsics.js';
import { secretFacts, type StringKind } from './secrets.js';
import type { SpanTable } from './tree.js';
import { isObj } from './tree.js';

/** Paths (under Properties, `*` = any key or index) that a dedicated rule judges. */
const JUDGED_ELSEWHERE: Record<string, string[]> = {
  'AWS::RDS::DBInstance': ['MasterUserPassword'],
  'AWS::RDS::DBCluster': ['MasterUserPassword'],
  'AWS::DocDB::DBCluster': ['MasterUserPassword'],
  'AWS::ElastiCache::ReplicationGroup': ['AuthToken'],
  'AWS::SecretsManager::Secret': ['SecretString'],
  'AWS::IAM::User': ['LoginProfile.Password'],
  'AWS::AmazonMQ::Broker': ['Users.*.Password'],
  'AWS::Lambda::Function': ['Environment.Variables.*'],
  'AWS::Serverless::Function': ['Environment.Variables.*'],
};

/**
 * Blocks whose keys are named after secrets but hold settings: `TokenValidityUnits:
 * {AccessToken: hours}`, Secrets Manager's `GenerateSecretString: {SecretStringTemplate: ...}`.
 */
const SETTINGS_BLOCKS = new Set(['TokenValidityUnits', 'GenerateSecretString']);

/** Types whose secret is a property with a plain name: an API key's `Value`. */
const OWN_SECRET_VALUES: Record<string, string> = { 'AWS::ApiGateway::ApiKey': 'Value' };

/**
 * A `{Name, Value}` pair of a list (CodeBuild environment variables, ECS-style name/value lists)
 * named like a secret and, when it has a `Type`, of type PLAINTEXT (not a Parameter Store or
 * Secrets Manager lookup).
 */
function namedPairSecret(v: Record<string, unknown>): boolean {
  if (typeof v.Name !== 'string' || !('Value' in v) || !isSecretName(v.Name)) return false;
  return v.Type === undefined || v.Type === 'PLAINTEXT';
}

/** How many values of one resource are looked at, and how deep: bounded work for any input. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 40;

export interface FoundSecret {
  secret: LiteralSecret;
  span: Span;
}

export interface SecretScanEnv {
  spans: SpanTable;
  origins: WeakMap<Unknown, Origin>;
  kind: (s: string) => StringKind;
}

/** The literal secrets in one resource's resolved Properties. */
export function literalSecrets(cfnType: string, props: unknown, propsSpan: Span, env: SecretScanEnv): FoundSecret[] {
  const out: FoundSecret[] = [];
  const judged = (JUDGED_ELSEWHERE[cfnType] ?? []).map((p) => p.split('.'));
  const ownSecret = OWN_SECRET_VALUES[cfnType];
  let budget = MAX_NODES;
  // The path of the entry being looked at (one stack, not a copy per entry); an entry's span is
  // looked up only when it is reported or descended into.
  const path: string[] = [];
  const found = (secret: Omit<LiteralSecret, 'resource_type'>, span: Span): void => {
    out.push({ secret: { resource_type: cfnType, ...secret }, span });
  };
  const visitEntry = (value: object, inArray: boolean, key: string, v: unknown, span: Span): void => {
    const at = (): Span => env.spans.child(value, inArray ? Number(key) : key) ?? span;
    const depth = path.length;
    if (key === 'UserData') {
      const kind = userDataSecret(v, env.origins);
      if (kind) found({ property: [...path, key].join('.'), kind: 'user-data', value_kind: kind, noecho_default: false }, at());
      return;
    }
    if (SETTINGS_BLOCKS.has(key)) return;
    if (inArray && isObj(v) && namedPairSecret(v)) {
      const noEcho = literalProperty(v.Value, env);
      if (noEcho !== null) {
        found({ property: [...path, key, 'Value'].join('.'), kind: 'property', value_kind: null, noecho_default: noEcho }, env.spans.child(v, 'Value') ?? at());
        return;
      }
    }
    if (depth === 0 && ownSecret === key) {
      const noEcho = literalProperty(v, env);
      if (noEcho !== null) {
        found({ property: key, kind: 'property', value_kind: null, noecho_default: noEcho }, at());
        return;
      }
    }
    if (!inArray && secretKey(key)) {
      const p = [...path, key];
      if (!judged.some((j) => matches(j, p))) {
        const noEcho = literalProperty(v, env);
        if (noEcho !== null) {
          found({ property: p.join('.'), kind: 'property', value_kind: null, noecho_default: noEcho }, at());
          return;
        }
      }
    }
    if (typeof v === 'object' && v !== null) {
      path.push(key);
      visit(v, at());
      path.pop();
    }
  };
  const visit = (value: unknown, span: Span): void => {
    if (--budget < 0 || path.length > MAX_DEPTH || isUnknown(value)) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visitEntry(value, true, String(i), value[i], span);
    } else if (isObj(value)) {
      for (const key of Object.keys(value)) visitEntry(value, false, key, value[key], span);
    }
  };
  visit(props, propsSpan);
  return out;
}

/** Property names repeat across resources and templates: each is judged once. */
const secretKeys = new Map<string, boolean>();
function secretKey(key: string): boolean {
  let yes = secretKeys.get(key);
  if (yes === undefined) {
    yes = isSecretPropertyName(key);
    if (secretKeys.size < 10_000) secretKeys.set(key, yes);
  }
  return yes;
}

/**
 * A CloudFormation property named like a secret. Stricter than for environment variables: in
 * resource schemas `Auth...` and `Pass...` mostly name settings (`AuthScheme`, `AuthSource`,
 * `PassThroughBehavior`) and `...Key` names lookups (`RouteKey`, `TagKey`, `ParameterKey`), so
 * these count only with another secret word, or as a known kind of key (`SecretKey`, `ApiKey`).
 */
export function isSecretPropertyName(key: string): boolean {
  if (!isSecretName(key)) return false;
  if (/Auth|Pass/i.test(key) && !isSecretName(key.replace(/(?:[Aa]uth|[Pp]ass|AUTH|PASS)(?![a-z])/g, 'X'))) return false;
  if (/key$/i.test(key) && !/(?:api|access|private|secret|client|signing|shared|hmac|auth|ssh|license|webhook|storage)[_-]?key$/i.test(key)) return false;
  return true;
}

function matches(pattern: string[], path: string[]): boolean {
  return pattern.length === path.length && pattern.every((s, i) => s === '*' || s === path[i]);
}

/** A switch or an enumeration's value (`SECRETS`, `DISABLED`, `true`), not a credential. */
const SETTING_VALUE = /^(?:[A-Z][A-Z_]*|[Tt]rue|[Ff]alse|[Yy]es|[Nn]o|[Oo]n|[Oo]ff|[Ee]nabled|[Dd]isabled|[Nn]one|[Rr]equired|[Oo]ptional)$/;

/**
 * A secret-named property written in the template: null when it is not (a reference, a
 * dynamic reference, an ARN, a number or switch), else whether it is a NoEcho parameter's Default.
 */
function literalProperty(value: unknown, env: SecretScanEnv): boolean | null {
  if (typeof value === 'string') {
    if (value.trim() === '' || /^arn:/.test(value) || SETTING_VALUE.test(value.trim())) return null;
  } else if (!isUnknown(value)) {
    return null;
  }
  const facts = secretFacts(value, env.origins, env.kind);
  if (!facts || facts.literal !== true) return null;
  return facts.managed === true;
}

// --- User data ----------------------------------------------------------------------------------

/** What stands for a reference or an unknown piece of a built string: a shell reference. */
const PLACEHOLDER = '${}';

/** The texts user data may be: a literal (decoded if base64), or the literal parts of a built string. */
function userDataTexts(value: unknown, origins: WeakMap<Unknown, Origin>, depth = 0): string[] {
  if (typeof value === 'string') return [decodeBase64(value) ?? value];
  if (!isUnknown(value) || depth > 8) return [];
  const origin = origins.get(value);
  if (origin?.kind === 'parts') return [origin.parts.map((p) => partText(p)).join('')];
  if (origin?.kind === 'branches') return origin.values.flatMap((v) => userDataTexts(v, origins, depth + 1));
  return [];
}

function partText(p: Part): string {
  return 'text' in p ? p.text : PLACEHOLDER;
}

/** Literal base64 (what `Fn::Base64` of a literal gives, or user data written encoded). */
function decodeBase64(s: string): string | null {
  const compact = s.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  // Text, not bytes: no replacement characters and no control characters but whitespace.
  return /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
}

/** `user:password@` in a URL whose password is a reference: not a literal. */
const URL_REFERENCE_CREDENTIALS = /:\/\/(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s:/@]*:[$`][^\s@/]*@/g;
/** `NAME=value` in a shell script. */
const SHELL_ASSIGNMENT = /(?:^|[\s;&|(])([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]*"|'[^'\n]*'|[^\s"';&|]+)/g;
/** `name = value`, `name: value`, `"name": "value"` on a line of a configuration file the script writes. */
const CONFIG_ASSIGNMENT = /^[ \t]*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*[:=][ \t]*(\S[^\n]*)$/gm;

/** The kind of credential in user data, or null. */
function userDataSecret(value: unknown, origins: WeakMap<Unknown, Origin>): LiteralSecret['value_kind'] {
  for (const text of userDataTexts(value, origins)) {
    const kind = scriptSecret(text);
    if (kind) return kind;
  }
  return null;
}

/** A credential in a script: a known secret shape anywhere, or a secret-named variable or setting given a literal. */
export function scriptSecret(text: string): LiteralSecret['value_kind'] {
  const shape = secretValueKind(text.replace(URL_REFERENCE_CREDENTIALS, '://'));
  if (shape) return shape;
  for (const re of [SHELL_ASSIGNMENT, CONFIG_ASSIGNMENT]) {
    for (const m of text.matchAll(re)) {
      const value = unquote(m[2]!);
      if (isLiteral(value) && isSecretName(m[1]!, value)) return 'assignment';
    }
  }
  return null;
}

function unquote(v: string): string {
  const t = v.trim().replace(/,$/, '').trim();
  const q = t[0];
  return (q === '"' || q === "'") && t.endsWith(q) && t.length >= 2 ? t.slice(1, -1) : t;
}

/** Not empty, not a shell reference or command substitution, not a dynamic reference or a template placeholder. */
function isLiteral(value: string): boolean {
  return value !== '' && !/^[$`<{%]/.test(value) && !value.startsWith('ref:') && !/^(?:null|none|~)$/i.test(value);
}
