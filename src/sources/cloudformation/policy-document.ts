/**
 * IAM policy documents (bucket, key, queue, topic, role and repository policies) in their
 * normalized form: single values become lists, actions lower-case, condition keys lower-case,
 * `"*"` and `{"AWS": "*"}` principals marked `any`. Each statement records its lines.
 */
import type { Unknown } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/resource.js';
import type { Maybe, PolicyDocument, PolicyStatement } from '../../model/aws/index.js';
import type { Fields, Loose } from './fields.js';

type Statement = Loose<PolicyStatement>;

/** The document held by `f`: null when absent, Unknown when it cannot be known. */
export function policyDocument(f: Fields, warn: (message: string) => void): Loose<PolicyDocument> | Unknown | null {
  if (f.value === undefined) return null;
  let doc = f;
  if (typeof f.value === 'string') {
    // Some properties take the document as a JSON string: its lines are the string's.
    try {
      doc = f.withValue(JSON.parse(f.value));
    } catch {
      warn('the policy document is a string that is not valid JSON');
      return unknown('policy document is not valid JSON');
    }
  }
  if (!doc.isMap) return doc.unknownValue ?? unknown('policy document is not a mapping');
  const listed = doc.raw('Statement');
  if (isUnknown(listed)) {
    doc.read('statements', 'Statement');
    return listed;
  }
  return { statements: doc.items('statements', 'Statement').map(statement) };
}

function statement(s: Fields): Statement | Unknown {
  if (!s.isMap) return s.unknownValue ?? unknown('statement is not a mapping');
  const notPrincipal = s.raw('NotPrincipal') !== undefined;
  return {
    sid: s.str('sid', 'Sid'),
    effect: effect(s.str('effect', 'Effect', '')),
    principal: principal(s.any('principal', notPrincipal ? 'NotPrincipal' : 'Principal')),
    not_principal: notPrincipal,
    actions: lower(s.strs('actions', 'Action')),
    not_actions: lower(s.strs('not_actions', 'NotAction')),
    resources: s.strs('resources', 'Resource'),
    not_resources: s.strs('not_resources', 'NotResource'),
    conditions: conditions(s.scope('conditions', 'Condition')),
  };
}

function effect(v: Maybe<string>): Maybe<'Allow' | 'Deny'> {
  if (isUnknown(v)) return v;
  const e = v.toLowerCase();
  return e === 'allow' ? 'Allow' : e === 'deny' ? 'Deny' : unknown('Effect is neither Allow nor Deny');
}

function lower(list: Array<Maybe<string>>): Array<Maybe<string>> {
  return list.map((a) => (typeof a === 'string' ? a.toLowerCase() : a));
}

function principal(fields: Fields): Statement['principal'] {
  const value = fields.value;
  if (value === undefined) return null;
  if (typeof value === 'string') return { any: value === '*', aws: [value], service: [], federated: [] };
  if (!fields.isMap) return fields.unknownValue!;
  const aws = fields.strs('aws', 'AWS');
  return {
    any: aws.includes('*'),
    aws,
    service: fields.strs('service', 'Service'),
    federated: fields.strs('federated', 'Federated'),
  };
}

function conditions(c: Fields): Statement['conditions'] {
  if (!c.isMap) return c.unknownValue ?? {};
  const operators = c.keys().map((operator) => {
    const block = c.scope(operator, operator);
    if (!block.isMap) return [operator, block.unknownValue ?? {}];
    return [operator, Object.fromEntries(block.keys().map((key) => [key.toLowerCase(), block.strs(key.toLowerCase(), key)]))];
  });
  return Object.fromEntries(operators) as Statement['conditions'];
}
