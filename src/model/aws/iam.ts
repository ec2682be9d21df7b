import type { Unknown } from '../resource.js';
import type { Maybe, PolicyDocument, SecretFacts } from './common.js';

export interface IamInlinePolicy {
  name: Maybe<string>;
  document: PolicyDocument;
}

export interface IamRole {
  role_name: Maybe<string> | null;
  assume_role_policy: PolicyDocument | null;
  /**
   * Inline policies plus AWS::IAM::Policy/ManagedPolicy/RolePolicy documents attached in the same
   * template (by the policy's Roles, or the role's ManagedPolicyArns naming `ref:<LogicalId>`).
   * An attached managed policy without ManagedPolicyName is named `ref:<LogicalId>`.
   */
  policies: IamInlinePolicy[];
  managed_policy_arns: Array<Maybe<string>>;
  permissions_boundary: Maybe<string> | null;
}

export interface IamUser {
  user_name: Maybe<string> | null;
  policies: IamInlinePolicy[];
  managed_policy_arns: Array<Maybe<string>>;
  groups: Array<Maybe<string>>;
  login_profile: boolean;
  /** LoginProfile.Password, as facts only (templates; the password is never kept). */
  login_password?: SecretFacts | null;
  /** Live only: from the credential report. */
  mfa_active?: boolean;
  access_keys?: Array<{ active: boolean; last_rotated_days: number | null; last_used_days: number | null }>;
}

export interface IamGroup {
  group_name: Maybe<string> | null;
  policies: IamInlinePolicy[];
  managed_policy_arns: Array<Maybe<string>>;
}

/**
 * A customer managed policy (AWS::IAM::ManagedPolicy) or a standalone AWS::IAM::Policy (also
 * AWS::IAM::RolePolicy/UserPolicy/GroupPolicy, whose single owner is the one entry of attached).
 */
export interface IamPolicy {
  policy_name: Maybe<string> | null;
  document: PolicyDocument;
  attached: { roles: Array<Maybe<string>>; users: Array<Maybe<string>>; groups: Array<Maybe<string>> };
}

/**
 * Live only: one per account, from the IAM credential report (`<root_account>` row), the
 * password policy and the account summary. Unknown where that input was not read.
 */
export interface IamAccount {
  root: { access_keys_active: Maybe<boolean>; mfa_active: Maybe<boolean>; hardware_mfa: Maybe<boolean> };
  /** null: the account has no password policy (IAM's defaults apply: 8 characters, nothing else). */
  password_policy:
    | null
    | Unknown
    | {
        minimum_length: number | null;
        require_symbols: boolean;
        require_numbers: boolean;
        require_uppercase: boolean;
        require_lowercase: boolean;
        /** null: passwords never expire. */
        max_age_days: number | null;
        /** null: old passwords may be reused. */
        reuse_prevention: number | null;
      };
}
