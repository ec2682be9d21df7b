/**
 * IAM policy documents read from AWS: JSON text, URL-encoded JSON text (IAM's
 * GetAccountAuthorizationDetails, Config's IAM items), or JSON text inside JSON text (an S3
 * bucket policy in Config's supplementaryConfiguration). Normalized to the model's
 * PolicyDocument exactly as templates are: single values become lists, actions and condition
 * keys lower-case, `"*"` and `{"AWS": "*"}` principals marked `any`.
 */
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Maybe, PolicyDocument, PolicyStatement } from '../../../model/aws/index.js';
import { get, isObj, strs } from './read.js';

/** The document `v` holds: null when absent, Unknown when it cannot be read. */
export function policyDocument(v: unknown): PolicyDocument | Unknown | null {
  const doc = decode(v, 3);
  if (doc === undefined || doc === null) return null;
  if (isUnknown(doc)) return doc;
  if (!isObj(doc)) return unknown('the policy document is not a JSON object');
  const statements = get(doc, 'Statement');
  if (statements === undefined) return { statements: [] };
  const list = Array.isArray(statements) ? statements : [statements];
  return { statements: list.map(statement) as PolicyStatement[] };
}

/** JSON text and URL-encoded JSON text, unwrapped up to `depth` times. */
function decode(v: unknown, depth: number): unknown {
  if (typeof v !== 'string' || depth === 0) return v;
  const t = v.trim();
  if (t === '') return null;
  if (t.startsWith('{') || t.startsWith('"')) {
    try {
      return decode(JSON.parse(t), depth - 1);
    } catch {
      return unknown('the policy document is not valid JSON');
    }
  }
  if (t.startsWith('%7B') || t.startsWith('%7b')) {
    try {
      return decode(decodeURIComponent(t.replace(/\+/g, '%20')), depth - 1);
    } catch {
      return unknown('the policy document is not valid URL-encoded text');
    }
  }
  return unknown('the policy document is neither JSON nor URL-encoded JSON');
}

function statement(s: unknown): PolicyStatement | Unknown {
  if (!isObj(s)) return unknown('statement is not an object');
  const notPrincipal = get(s, 'NotPrincipal') !== undefined;
  const effect = String(get(s, 'Effect') ?? '').toLowerCase();
  return {
    sid: typeof get(s, 'Sid') === 'string' ? (get(s, 'Sid') as string) : null,
    effect: (effect === 'allow' ? 'Allow' : effect === 'deny' ? 'Deny' : unknown('Effect is neither Allow nor Deny')) as PolicyStatement['effect'],
    principal: principal(get(s, notPrincipal ? 'NotPrincipal' : 'Principal')),
    not_principal: notPrincipal,
    actions: lower(strs(get(s, 'Action'))),
    not_actions: lower(strs(get(s, 'NotAction'))),
    resources: strs(get(s, 'Resource')),
    not_resources: strs(get(s, 'NotResource')),
    conditions: conditions(get(s, 'Condition')),
  };
}

function lower(l: Array<Maybe<string>>): Array<Maybe<string>> {
  return l.map((a) => (typeof a === 'string' ? a.toLowerCase() : a));
}

function principal(v: unknown): PolicyStatement['principal'] {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return { any: v === '*', aws: [v], service: [], federated: [] };
  if (!isObj(v)) return unknown('Principal is neither a string nor an object') as unknown as PolicyStatement['principal'];
  const aws = strs(get(v, 'AWS'));
  return { any: aws.includes('*'), aws, service: strs(get(v, 'Service')), federated: strs(get(v, 'Federated')) };
}

function conditions(v: unknown): PolicyStatement['conditions'] {
  if (!isObj(v)) return {};
  const out: PolicyStatement['conditions'] = {};
  for (const [op, block] of Object.entries(v)) {
    if (!isObj(block)) continue;
    out[op] = Object.fromEntries(Object.entries(block).map(([k, vals]) => [k.toLowerCase(), strs(vals)]));
  }
  return out;
}
