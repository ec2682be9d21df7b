/** Readers more than one service needs. */
import type { IamInlinePolicy, PolicyDocument } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { LinkKind } from '../links.js';
import type { Norm } from './context.js';

/**
 * The policy document of the resource linked to this one by `kind` (a BucketPolicy, a
 * QueuePolicy...), on `properties.policy`. AWS keeps one policy per resource: when several
 * resources of the template claim it, the first is read and the others are reported.
 */
export function onePolicy(n: Norm, kind: LinkKind, key: string): Loose<PolicyDocument> | Unknown | null {
  const [first, ...others] = n.links.of(kind, n.id);
  if (!first) return null;
  for (const other of others) n.warn(`${other.id} also sets the policy of ${n.id}, which already has ${first.id}'s: only ${first.id} is analyzed`);
  return n.policy(n.linked(first, 'properties.policy').any(null, key));
}

/**
 * Inline `Policies` plus the AWS::IAM::Policy, ManagedPolicy and Role/User/GroupPolicy resources
 * attached in the template, on `properties.policies`.
 */
export function iamPolicies(n: Norm): Array<Loose<IamInlinePolicy> | Unknown> {
  const inline = n.props.items('policies', 'Policies').map((f) =>
    f.isMap ? { name: f.str('name', 'PolicyName') ?? unknown('no PolicyName'), document: n.policy(f.any('document', 'PolicyDocument')) ?? unknown('no PolicyDocument') } : f.unknownValue!,
  );
  const attached = n.links.of('iam-policy', n.id).map((e, i) => {
    const f = n.linked(e, `properties.policies.${inline.length + i}`);
    const name = f.str('name', e.cfnType === 'AWS::IAM::ManagedPolicy' ? 'ManagedPolicyName' : 'PolicyName') ?? `ref:${e.id}`;
    return { name, document: n.policy(f.any('document', 'PolicyDocument')) ?? unknown('no PolicyDocument') };
  });
  return [...inline, ...attached];
}
