/**
 * Live AWS into the resource model: AWS Config configuration items, IAM (authorization details,
 * credential report, password policy, account summary) and account-level facts (recorders,
 * trails) become the same shapes the CloudFormation normalizers fill (src/model/aws/), so the
 * same rules judge both. Pure functions: the fetching is in src/sources/aws/, files in
 * snapshot.ts. Nothing throws; every item that cannot be read is an error naming its origin.
 */
import type { InputError, LoadResult, Resource } from '../../../model/resource.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { DELETED, readItem } from './item.js';
import type { AccountBlock } from './s3.js';
import { accountBlock, s3Bucket } from './s3.js';
import { iamGroup, iamPolicy, iamRole, iamUser, isAwsManaged } from './iam.js';
import { cloudResource, problem } from './resource.js';
import { get, list, str } from './read.js';
import { CONFIG_TYPES } from './services.js';
import type { Inventory } from './services.js';
import type { Records } from './recorder.js';
export { recordedBy } from './recorder.js';
export { normalizeIam } from './account.js';
export type { IamInputs } from './account.js';
export { normalizeAccount } from './account.js';
export type { RegionStatus } from './account.js';

/** origin: `config-api` | `config-snapshot:<file>` | `iam-api` | `iam-snapshot:<file>`. */
export interface AwsScope {
  account: string;
  region: string;
  origin: string;
}

/** Config types normalizeConfigItems reads itself (S3 and IAM, the cases of its switch). */
export const DIRECT_TYPES = [
  'AWS::S3::Bucket',
  'AWS::S3::AccountPublicAccessBlock',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
  'AWS::IAM::Policy',
] as const;

/** Every Config type a normalizer reads: what a live inventory must request (src/sources/aws/config.ts). */
export const NORMALIZED_TYPES: readonly string[] = [...DIRECT_TYPES, ...Object.keys(CONFIG_TYPES)];

/** Bound on items per call: a region's inventory, with room to spare. */
export const MAX_ITEMS = 200_000;

/**
 * Configuration items as BatchGetResourceConfig returns them (JSON text, no tags) or as
 * SelectResourceConfig and snapshot files give them (objects, with tags). Types without a
 * normalizer are counted in one warning, never dropped silently. `records`: which types the
 * region's recorder records (recordedBy), so that a type with no item means none exists; without
 * it (snapshot files) a missing item says nothing.
 */
export function normalizeConfigItems(items: unknown[], scope: AwsScope, records?: Records): LoadResult {
  const errors: InputError[] = [];
  const parsed: ConfigItem[] = [];
  if (items.length > MAX_ITEMS) errors.push(problem(scope.origin, `${items.length} configuration items: only the first ${MAX_ITEMS} were read`));
  for (const [i, raw] of items.slice(0, MAX_ITEMS).entries()) {
    const item = readItem(raw);
    if (typeof item === 'string') errors.push(problem(scope.origin, `configuration item ${i + 1}: ${item}`));
    else if (item.status !== null && DELETED.has(item.status)) continue;
    else parsed.push(item);
  }
  const inv: Inventory = { items: parsed, byName: new Map(), records: records ?? (() => false) };
  for (const it of parsed) if (it.resourceName) inv.byName.set(`${it.resourceType}|${it.resourceName}`, it);
  // The account-level public access block applies to every bucket of its account.
  const blocks = new Map<string, AccountBlock>();
  for (const it of parsed) if (it.resourceType === 'AWS::S3::AccountPublicAccessBlock') blocks.set(it.account ?? scope.account, accountBlock(it));

  const attachments = attachmentsOf(parsed);
  const resources: Resource[] = [];
  const skipped = new Map<string, number>();
  for (const item of parsed) {
    const where = { account: item.account ?? scope.account, region: item.region ?? scope.region, origin: scope.origin };
    const arn = item.arn ?? syntheticArn(item, where);
    const name = item.resourceName ?? item.resourceId ?? arn;
    const add = (type: string, props: object) => resources.push(cloudResource(type, arn, name, props, item.tags, where));
    const c = item.configuration;
    switch (item.resourceType) {
      case 'AWS::S3::Bucket':
        add(AWS_TYPES['s3.bucket'], s3Bucket(item, blocks.get(where.account) ?? null));
        break;
      case 'AWS::S3::AccountPublicAccessBlock':
        break;
      case 'AWS::IAM::Role':
        add(AWS_TYPES['iam.role'], iamRole(c));
        break;
      case 'AWS::IAM::User':
        add(AWS_TYPES['iam.user'], iamUser(c));
        break;
      case 'AWS::IAM::Group':
        add(AWS_TYPES['iam.group'], iamGroup(c));
        break;
      case 'AWS::IAM::Policy':
        if (!isAwsManaged(arn)) add(AWS_TYPES['iam.policy'], iamPolicy(c, attachments.get(arn) ?? { roles: [], users: [], groups: [] }));
        break;
      default: {
        const n = CONFIG_TYPES[item.resourceType];
        if (n) for (const props of n.normalize(item, inv)) add(n.typeOf?.(item) ?? n.type, props);
        else skipped.set(item.resourceType, (skipped.get(item.resourceType) ?? 0) + 1);
      }
    }
  }
  if (skipped.size > 0) {
    const list = [...skipped].map(([t, n]) => `${t} (${n})`).join(', ');
    errors.push(problem(scope.origin, `resource types no rule judges were not analyzed: ${list}`, 'warning'));
  }
  return { resources, errors };
}

/** Config items of global or account-level types may lack an ARN: a stable id from type and id. */
function syntheticArn(item: ConfigItem, where: { account: string; region: string }): string {
  return `aws-config:${where.account}:${where.region}:${item.resourceType}:${item.resourceId ?? item.resourceName ?? 'unnamed'}`;
}

/** Who each customer managed policy is attached to, from the identities' items of the same inventory. */
function attachmentsOf(items: ConfigItem[]): Map<string, { roles: string[]; users: string[]; groups: string[] }> {
  const out = new Map<string, { roles: string[]; users: string[]; groups: string[] }>();
  const kinds = { 'AWS::IAM::Role': ['roles', 'roleName'], 'AWS::IAM::User': ['users', 'userName'], 'AWS::IAM::Group': ['groups', 'groupName'] } as const;
  for (const it of items) {
    const kind = kinds[it.resourceType as keyof typeof kinds];
    if (!kind) continue;
    const name = it.resourceName ?? str(get(it.configuration, kind[1]));
    if (typeof name !== 'string') continue;
    for (const p of list(get(it.configuration, 'attachedManagedPolicies'))) {
      const arn = get(p, 'policyArn');
      if (typeof arn !== 'string') continue;
      const entry = out.get(arn) ?? { roles: [], users: [], groups: [] };
      entry[kind[0]].push(name);
      out.set(arn, entry);
    }
  }
  return out;
}
