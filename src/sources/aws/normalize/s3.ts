/**
 * AWS::S3::Bucket items: configuration {name, ...}; supplementaryConfiguration
 * ServerSideEncryptionConfiguration, BucketVersioningConfiguration, PublicAccessBlockConfiguration,
 * BucketPolicy {policyText} (a policy as JSON text, itself inside JSON text in the API shape),
 * AccessControlList (grants), BucketLoggingConfiguration, BucketWebsiteConfiguration.
 * The account's AWS::S3::AccountPublicAccessBlock is folded into each bucket of the account:
 * S3 applies the stricter of the two settings.
 */
import type { S3Bucket } from '../../../model/aws/index.js';
import { isUnknown } from '../../../model/resource.js';
import type { ConfigItem } from './item.js';
import { policyDocument } from './policy.js';
import { at, bool, get, isObj, list, notReported, str } from './read.js';

export type AccountBlock = { block_public_acls: boolean; ignore_public_acls: boolean; block_public_policy: boolean; restrict_public_buckets: boolean };

const FLAGS = ['block_public_acls', 'ignore_public_acls', 'block_public_policy', 'restrict_public_buckets'] as const;
const KEYS = { block_public_acls: 'blockPublicAcls', ignore_public_acls: 'ignorePublicAcls', block_public_policy: 'blockPublicPolicy', restrict_public_buckets: 'restrictPublicBuckets' };

export function accountBlock(item: ConfigItem): AccountBlock {
  const c = item.configuration;
  const f = (k: string) => bool(get(c, k), false) === true;
  return { block_public_acls: f(KEYS.block_public_acls), ignore_public_acls: f(KEYS.ignore_public_acls), block_public_policy: f(KEYS.block_public_policy), restrict_public_buckets: f(KEYS.restrict_public_buckets) };
}

export function s3Bucket(item: ConfigItem, account: AccountBlock | null): S3Bucket {
  const sup = item.supplementary;
  const rules = list(at(sup, 'ServerSideEncryptionConfiguration', 'rules'));
  const rule = rules[0];
  const byDefault = get(rule, 'applyServerSideEncryptionByDefault');
  const versioning = at(sup, 'BucketVersioningConfiguration');
  const pab = get(sup, 'PublicAccessBlockConfiguration');
  const logging = get(sup, 'BucketLoggingConfiguration');
  const target = str(get(logging, 'destinationBucketName'));
  const encryption = get(sup, 'ServerSideEncryptionConfiguration');
  return {
    bucket_name: str(get(item.configuration, 'name')) ?? item.resourceName,
    encryption: {
      configured: encryption === undefined ? notReported('default encryption') : isObj(byDefault),
      algorithm: str(get(byDefault, 'sseAlgorithm')),
      kms_key_id: str(get(byDefault, 'kmsMasterKeyID')),
      bucket_key: bool(get(rule, 'bucketKeyEnabled'), false) === true,
    },
    versioning: {
      enabled: versioning === undefined ? notReported('versioning') : String(get(versioning, 'status') ?? 'Off') === 'Enabled',
      mfa_delete: bool(get(versioning, 'isMfaDeleteEnabled'), false) === true,
    },
    public_access_block: publicAccessBlock(pab, account),
    acl: cannedAcl(get(sup, 'AccessControlList')),
    logging: logging === undefined
      ? { enabled: notReported('access logging'), target_bucket: null }
      : { enabled: typeof target === 'string' && target !== '', target_bucket: target === '' ? null : target },
    object_lock: String(at(item.configuration, 'objectLockConfiguration', 'objectLockEnabled') ?? at(sup, 'ObjectLockConfiguration', 'objectLockEnabled') ?? '') === 'Enabled',
    policy: bucketPolicy(get(sup, 'BucketPolicy')),
    website: isObj(get(sup, 'BucketWebsiteConfiguration')),
  } as S3Bucket;
}

function publicAccessBlock(pab: unknown, account: AccountBlock | null): S3Bucket['public_access_block'] {
  if (!isObj(pab) && account === null) return null;
  const out = {} as NonNullable<S3Bucket['public_access_block']>;
  for (const flag of FLAGS) out[flag] = bool(get(pab, KEYS[flag]), false) === true || account?.[flag] === true;
  return out;
}

/** BucketPolicy {policyText: "<JSON>"}; policyText null means the bucket has no policy. */
function bucketPolicy(v: unknown) {
  if (v === undefined) return notReported('the bucket policy');
  if (v === null) return null;
  const text = get(v, 'policyText');
  return text === null || text === undefined ? null : policyDocument(text);
}

const ALL_USERS = /AllUsers$/;
const AUTHENTICATED = /AuthenticatedUsers$/;

/**
 * The canned ACL the grants amount to: the public ones (PublicRead, PublicReadWrite,
 * AuthenticatedRead) when a grant goes to everyone, else Private. Config writes a group grantee
 * as `"AllUsers"` or `{"uri": "http://acs.amazonaws.com/groups/global/AllUsers"}`.
 */
function cannedAcl(v: unknown): S3Bucket['acl'] {
  if (v === undefined) return notReported('the bucket ACL');
  if (v === null) return null;
  if (isUnknown(v)) return v;
  const grants = list(get(v, 'grantList'));
  const to = (re: RegExp) =>
    grants
      .filter((g) => {
        const who = get(g, 'grantee');
        const name = typeof who === 'string' ? who : String(get(who, 'uri') ?? get(who, 'identifier') ?? '');
        return re.test(name);
      })
      .map((g) => String(get(g, 'permission') ?? ''));
  const everyone = to(ALL_USERS);
  if (everyone.some((p) => p === 'Write' || p === 'FullControl')) return 'PublicReadWrite';
  if (everyone.some((p) => p === 'Read')) return 'PublicRead';
  if (to(AUTHENTICATED).some((p) => p === 'Read' || p === 'FullControl')) return 'AuthenticatedRead';
  return 'Private';
}
