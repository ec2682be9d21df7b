/**
 * IAM users, roles, groups and customer managed policies, from AWS Config's IAM items
 * (`rolePolicyList`, `attachedManagedPolicies`...) or GetAccountAuthorizationDetails
 * (`RolePolicyList`, `AttachedManagedPolicies`...): the same fields, cased differently. Policy
 * documents are URL-encoded JSON text in both. A role's `policies` are its inline policies; its
 * customer managed policies are judged once, as aws.iam.policy resources, whose `attached` lists
 * name the identities they are attached to.
 */
import type { IamGroup, IamInlinePolicy, IamPolicy, IamRole, IamUser } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import { policyDocument } from './policy.js';
import { get, list, str, strs } from './read.js';

function inline(v: unknown): IamInlinePolicy[] {
  return list(v).map((p) => ({
    name: str(get(p, 'policyName')) ?? unknown('no policyName'),
    document: policyDocument(get(p, 'policyDocument')) ?? unknown('no policyDocument'),
  })) as IamInlinePolicy[];
}

const managed = (c: unknown) => list(get(c, 'attachedManagedPolicies')).map((p) => str(get(p, 'policyArn')) ?? unknown('no policyArn'));
const boundary = (c: unknown) => str(get(get(c, 'permissionsBoundary'), 'permissionsBoundaryArn'));

export function iamRole(c: unknown): IamRole {
  return {
    role_name: str(get(c, 'roleName')),
    assume_role_policy: policyDocument(get(c, 'assumeRolePolicyDocument')) as IamRole['assume_role_policy'],
    policies: inline(get(c, 'rolePolicyList')),
    managed_policy_arns: managed(c),
    permissions_boundary: boundary(c),
  };
}

/**
 * `login_profile`, `mfa_active` and `access_keys` come from the credential report (see
 * credentials.ts); without one they are Unknown.
 */
export function iamUser(c: unknown): IamUser {
  return {
    user_name: str(get(c, 'userName')),
    policies: inline(get(c, 'userPolicyList')),
    managed_policy_arns: managed(c),
    groups: strs(get(c, 'groupList')),
    login_profile: unknown('console access is in the credential report, which was not read') as unknown as boolean,
  };
}

export function iamGroup(c: unknown): IamGroup {
  return { group_name: str(get(c, 'groupName')), policies: inline(get(c, 'groupPolicyList')), managed_policy_arns: managed(c) };
}

/** A managed policy's default version is the document in force. */
export function iamPolicy(c: unknown, attached: IamPolicy['attached']): IamPolicy {
  const versions = list(get(c, 'policyVersionList'));
  const current = versions.find((v) => get(v, 'isDefaultVersion') === true || get(v, 'isDefaultVersion') === 'true') ?? (versions.length === 1 ? versions[0] : undefined);
  return {
    policy_name: str(get(c, 'policyName')),
    document: (current === undefined ? unknown('the default policy version is not given') : policyDocument(get(current, 'document')) ?? unknown('no document')) as IamPolicy['document'],
    attached,
  };
}

/** An AWS managed policy (arn:aws:iam::aws:policy/...) is AWS's, not the account's to fix. */
export const isAwsManaged = (arn: string | null) => arn !== null && /^arn:[^:]+:iam::aws:policy\//.test(arn);
