/** IAM roles, users, groups and policies (AWS::IAM::Policy, ManagedPolicy, Role/User/GroupPolicy). */
import type { IamGroup, IamPolicy, IamRole, IamUser } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { iamPolicies } from './shared.js';

export function iamRole(n: Norm): Loose<IamRole> {
  const p = n.props;
  return {
    role_name: p.str('role_name', 'RoleName'),
    assume_role_policy: n.policy(p.any('assume_role_policy', 'AssumeRolePolicyDocument')),
    policies: iamPolicies(n),
    managed_policy_arns: p.strs('managed_policy_arns', 'ManagedPolicyArns'),
    permissions_boundary: p.str('permissions_boundary', 'PermissionsBoundary'),
  };
}

export function iamUser(n: Norm): Loose<IamUser> {
  const p = n.props;
  return {
    user_name: p.str('user_name', 'UserName'),
    policies: iamPolicies(n),
    managed_policy_arns: p.strs('managed_policy_arns', 'ManagedPolicyArns'),
    groups: p.strs('groups', 'Groups'),
    // Only whether there is one: the password in it is never read.
    login_profile: p.present('login_profile', 'LoginProfile'),
    login_password: n.secret(p.inner('LoginProfile'), 'login_password', 'Password'),
  };
}

export function iamGroup(n: Norm): Loose<IamGroup> {
  const p = n.props;
  return {
    group_name: p.str('group_name', 'GroupName'),
    policies: iamPolicies(n),
    managed_policy_arns: p.strs('managed_policy_arns', 'ManagedPolicyArns'),
  };
}

/** The single-owner forms name their owner with RoleName/UserName/GroupName. */
const OWNER_KEYS: Record<string, { roles: string; users: string; groups: string }> = {
  'AWS::IAM::RolePolicy': { roles: 'RoleName', users: '', groups: '' },
  'AWS::IAM::UserPolicy': { roles: '', users: 'UserName', groups: '' },
  'AWS::IAM::GroupPolicy': { roles: '', users: '', groups: 'GroupName' },
};

export function iamPolicy(n: Norm): Loose<IamPolicy> {
  const p = n.props;
  const owners = OWNER_KEYS[n.entry.cfnType] ?? { roles: 'Roles', users: 'Users', groups: 'Groups' };
  const list = (attr: string, key: string) => (key === '' ? [] : p.strs(attr, key));
  return {
    policy_name: p.str('policy_name', n.entry.cfnType === 'AWS::IAM::ManagedPolicy' ? 'ManagedPolicyName' : 'PolicyName'),
    document: n.policy(p.any('document', 'PolicyDocument')) ?? unknown('no PolicyDocument'),
    attached: {
      roles: list('attached.roles', owners.roles),
      users: list('attached.users', owners.users),
      groups: list('attached.groups', owners.groups),
    },
  };
}
