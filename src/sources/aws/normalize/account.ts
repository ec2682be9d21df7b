/**
 * IAM once per account (authorization details, credential report, password policy, account
 * summary, virtual MFA devices) and the account/region facts only a live account shows: a region
 * without a recorder, an account without a multi-region trail that is logging.
 */
import type { InputError, LoadResult, Resource } from '../../../model/resource.js';
import { unknown } from '../../../model/resource.js';
import type { CloudTrailAccount, ConfigRecorder, IamAccount, Maybe } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { CredentialRow } from './credentials.js';
import { ROOT_USER, parseCredentialReport } from './credentials.js';
import { iamGroup, iamPolicy, iamRole, iamUser, isAwsManaged } from './iam.js';
import { bool, get, isObj, list, num, str } from './read.js';
import { tagsOf } from './item.js';
import { cloudResource, problem } from './resource.js';

/**
 * What the IAM API gives, as the SDK returns it (PascalCase; documents URL-encoded JSON text).
 * authorizationDetails: GetAccountAuthorizationDetails with its pages merged (UserDetailList,
 * GroupDetailList, RoleDetailList, Policies). passwordPolicy: GetAccountPasswordPolicy's
 * PasswordPolicy, null when IAM says NoSuchEntity, undefined when not read. accountSummary:
 * GetAccountSummary's SummaryMap. credentialReportGeneratedAt: the report's GeneratedTime, the
 * reference for key ages (default: now).
 */
export interface IamInputs {
  authorizationDetails?: unknown;
  credentialReportCsv?: string;
  credentialReportGeneratedAt?: string;
  passwordPolicy?: unknown | null;
  accountSummary?: unknown;
  virtualMfaDevices?: unknown[];
}

export function normalizeIam(inputs: IamInputs, scope: { account: string; origin: string }): LoadResult {
  const errors: InputError[] = [];
  const resources: Resource[] = [];
  const where = { account: scope.account, region: 'global', origin: scope.origin };
  const now = inputs.credentialReportGeneratedAt ? new Date(inputs.credentialReportGeneratedAt) : new Date();
  const report = inputs.credentialReportCsv === undefined ? undefined : parseCredentialReport(inputs.credentialReportCsv, Number.isNaN(now.getTime()) ? new Date() : now, scope.origin);
  if (report) errors.push(...report.errors);
  const rows = new Map((report?.rows ?? []).map((r) => [r.user, r]));

  const details = inputs.authorizationDetails;
  if (details !== undefined && !isObj(details)) errors.push(problem(scope.origin, 'the authorization details are not a JSON object: IAM identities were not read'));
  const add = (type: string, d: unknown, nameKey: string, props: object) => {
    const arn = str(get(d, 'Arn'));
    const name = str(get(d, nameKey));
    if (typeof arn !== 'string' || typeof name !== 'string') {
      errors.push(problem(scope.origin, `an entry of the authorization details has no ${typeof arn !== 'string' ? 'Arn' : nameKey}: it was not read`));
      return;
    }
    resources.push(cloudResource(type, arn, name, props, tagsOf(get(d, 'Tags')), where));
  };
  const attachments = new Map<string, { roles: string[]; users: string[]; groups: string[] }>();
  const attach = (d: unknown, kind: 'roles' | 'users' | 'groups', nameKey: string) => {
    for (const p of list(get(d, 'AttachedManagedPolicies'))) {
      const arn = str(get(p, 'PolicyArn'));
      const name = str(get(d, nameKey));
      if (typeof arn !== 'string' || typeof name !== 'string') continue;
      const e = attachments.get(arn) ?? { roles: [], users: [], groups: [] };
      e[kind].push(name);
      attachments.set(arn, e);
    }
  };
  const seenUsers = new Set<string>();
  for (const d of list(get(details, 'RoleDetailList'))) {
    attach(d, 'roles', 'RoleName');
    add(AWS_TYPES['iam.role'], d, 'RoleName', iamRole(d));
  }
  for (const d of list(get(details, 'GroupDetailList'))) {
    attach(d, 'groups', 'GroupName');
    add(AWS_TYPES['iam.group'], d, 'GroupName', iamGroup(d));
  }
  for (const d of list(get(details, 'UserDetailList'))) {
    attach(d, 'users', 'UserName');
    const name = str(get(d, 'UserName'));
    if (typeof name === 'string') seenUsers.add(name);
    add(AWS_TYPES['iam.user'], d, 'UserName', { ...iamUser(d), ...credentialFacts(typeof name === 'string' ? rows.get(name) : undefined, report !== undefined) });
  }
  for (const raw of list(get(details, 'Policies'))) {
    const d = withPolicyName(raw);
    const arn = str(get(d, 'Arn'));
    if (typeof arn === 'string' && isAwsManaged(arn)) continue;
    add(AWS_TYPES['iam.policy'], d, 'PolicyName', iamPolicy(d, attachments.get(typeof arn === 'string' ? arn : '') ?? { roles: [], users: [], groups: [] }));
  }
  // Users the report names but the authorization details do not (or were not read).
  for (const row of rows.values()) {
    if (row.user === ROOT_USER || seenUsers.has(row.user)) continue;
    const props = {
      user_name: row.user,
      policies: [unknown('the authorization details do not list this user')],
      managed_policy_arns: [unknown('the authorization details do not list this user')],
      groups: [unknown('the authorization details do not list this user')],
      ...credentialFacts(row, true),
    };
    resources.push(cloudResource(AWS_TYPES['iam.user'], row.arn, row.user, props, {}, where));
  }
  resources.push(iamAccount(inputs, rows.get(ROOT_USER), report !== undefined, where));
  return { resources, errors };
}

/**
 * Some endpoints (moto) leave PolicyName out of the authorization details' Policies; a managed
 * policy's ARN ends in its name (`arn:aws:iam::<account>:policy/<path>/<name>`), so it is taken from there.
 */
function withPolicyName(p: unknown): unknown {
  const name = get(p, 'PolicyName');
  const arn = get(p, 'Arn');
  if ((typeof name === 'string' && name !== '') || typeof arn !== 'string' || !isObj(p)) return p;
  return { ...p, PolicyName: arn.slice(arn.lastIndexOf('/') + 1) };
}

/** What the credential report says of one user; Unknown when no report was read. */
function credentialFacts(row: CredentialRow | undefined, haveReport: boolean) {
  if (!row) {
    const why = unknown(haveReport ? 'the credential report has no row for this user (created after it was generated)' : 'the credential report was not read');
    return { login_profile: why, mfa_active: why, access_keys: [why] };
  }
  return { login_profile: row.password_enabled, mfa_active: row.mfa_active, access_keys: row.access_keys };
}

function iamAccount(inputs: IamInputs, root: CredentialRow | undefined, haveReport: boolean, where: { account: string; region: string; origin: string }): Resource {
  const summary = inputs.accountSummary;
  const fromSummary = (key: string): Maybe<boolean> => {
    const v = num(get(summary, key));
    return typeof v === 'number' ? v > 0 : unknown(haveReport ? 'the credential report has no <root_account> row' : 'neither the credential report nor the account summary was read');
  };
  const mfa = root ? root.mfa_active : fromSummary('AccountMFAEnabled');
  // A root MFA device that is not one of the account's virtual devices is a hardware device.
  const rootArn = `arn:aws:iam::${where.account}:root`;
  const virtual = inputs.virtualMfaDevices?.some((d) => String(get(get(d, 'User'), 'Arn') ?? '') === rootArn || String(get(d, 'SerialNumber') ?? '').endsWith(':mfa/root-account-mfa-device'));
  const props: IamAccount = {
    root: {
      access_keys_active: root ? root.access_keys.some((k) => k.active) : fromSummary('AccountAccessKeysPresent'),
      mfa_active: mfa,
      hardware_mfa: mfa === true && inputs.virtualMfaDevices !== undefined ? !virtual : mfa === false ? false : unknown('the virtual MFA devices were not read'),
    },
    password_policy: passwordPolicy(inputs.passwordPolicy),
  };
  return cloudResource(AWS_TYPES['iam.account'], rootArn, where.account, props, {}, where);
}

function passwordPolicy(p: unknown): IamAccount['password_policy'] {
  if (p === undefined) return unknown('the password policy was not read');
  if (p === null) return null;
  const b = (k: string) => bool(get(p, k), false) === true;
  const n = (k: string) => {
    const v = num(get(p, k));
    return typeof v === 'number' ? v : null;
  };
  return {
    minimum_length: n('MinimumPasswordLength'),
    require_symbols: b('RequireSymbols'),
    require_numbers: b('RequireNumbers'),
    require_uppercase: b('RequireUppercaseCharacters'),
    require_lowercase: b('RequireLowercaseCharacters'),
    max_age_days: b('ExpirePasswords') || n('MaxPasswordAge') !== null ? n('MaxPasswordAge') : null,
    reuse_prevention: n('PasswordReusePrevention'),
  };
}

/**
 * One region's AWS Config: DescribeConfigurationRecorders' ConfigurationRecorders and
 * DescribeConfigurationRecorderStatus' ConfigurationRecordersStatus.
 */
export interface RegionStatus {
  region: string;
  recorders: unknown[];
  recorderStatus: unknown[];
}

/**
 * Account and region level resources. trails: DescribeTrails' trailList, each optionally with the
 * trail's GetTrailStatus output as `Status` (or its IsLogging beside the trail's fields);
 * undefined when CloudTrail was not read.
 */
export function normalizeAccount(account: string, regions: RegionStatus[], trails?: unknown[]): LoadResult {
  const resources: Resource[] = [];
  for (const r of regions) {
    const where = { account, region: r.region, origin: 'config-api' };
    const rec = r.recorders[0];
    const status = r.recorderStatus.find((s) => get(s, 'name') === get(rec, 'name')) ?? r.recorderStatus[0];
    const group = get(rec, 'recordingGroup');
    const strategy = str(get(get(group, 'recordingStrategy'), 'useOnly'));
    const props: ConfigRecorder = rec === undefined
      ? { region: r.region, exists: false, recording: false, all_supported: false, include_global_types: false }
      : {
          region: r.region,
          exists: true,
          recording: status === undefined ? unknown('the recorder status was not read') : bool(get(status, 'recording'), false),
          all_supported: group === undefined ? true : strategy === 'ALL_SUPPORTED_RESOURCE_TYPES' ? true : bool(get(group, 'allSupported'), false),
          include_global_types: group === undefined ? false : bool(get(group, 'includeGlobalResourceTypes'), false),
        };
    resources.push(cloudResource(AWS_TYPES['config.recorder'], `${account}:${r.region}:config-recorder`, `AWS Config in ${r.region}`, props, {}, where));
  }
  const trailFacts: CloudTrailAccount = trails === undefined
    ? { multi_region_logging: unknown('CloudTrail was not read'), trail_count: 0 }
    : {
        multi_region_logging: multiRegionLogging(trails),
        trail_count: trails.length,
      };
  resources.push(cloudResource(AWS_TYPES['cloudtrail.account'], `${account}:cloudtrail`, account, trailFacts, {}, { account, region: 'global', origin: 'cloudtrail-api' }));
  return { resources, errors: [] };
}

function multiRegionLogging(trails: unknown[]): Maybe<boolean> {
  let unknownStatus = false;
  for (const t of trails) {
    if (bool(get(t, 'IsMultiRegionTrail'), false) !== true) continue;
    const logging = bool(get(t, 'IsLogging') ?? get(get(t, 'Status'), 'IsLogging'), unknown('the trail status was not read'));
    if (logging === true) return true;
    if (typeof logging !== 'boolean') unknownStatus = true;
  }
  return unknownStatus ? unknown('a multi-region trail whose status was not read') : false;
}
