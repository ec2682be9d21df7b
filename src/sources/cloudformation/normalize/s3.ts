/** AWS::S3::Bucket, with the AWS::S3::BucketPolicy that names it. */
import type { S3Bucket } from '../../../model/aws/index.js';
import { isUnknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { onePolicy } from './shared.js';

export function s3Bucket(n: Norm): Loose<S3Bucket> {
  const p = n.props;
  const enc = p.scope('encryption', 'BucketEncryption');
  const rule = enc.first('ServerSideEncryptionConfiguration');
  const byDefault = rule.inner('ServerSideEncryptionByDefault');
  const versioning = p.scope('versioning', 'VersioningConfiguration').str('enabled', 'Status');
  const pab = p.scope('public_access_block', 'PublicAccessBlockConfiguration');
  const logging = p.scope('logging', 'LoggingConfiguration');
  return {
    bucket_name: p.str('bucket_name', 'BucketName'),
    encryption: {
      configured: byDefault.exists(),
      algorithm: byDefault.str('algorithm', 'SSEAlgorithm'),
      kms_key_id: byDefault.str('kms_key_id', 'KMSMasterKeyID'),
      bucket_key: rule.bool('bucket_key', 'BucketKeyEnabled', false),
    },
    versioning: {
      enabled: isUnknown(versioning) ? versioning : versioning === 'Enabled',
      // CloudFormation cannot turn MFA delete on.
      mfa_delete: false,
    },
    public_access_block: pab.value === undefined
      ? null
      : {
          block_public_acls: pab.bool('block_public_acls', 'BlockPublicAcls', false),
          ignore_public_acls: pab.bool('ignore_public_acls', 'IgnorePublicAcls', false),
          block_public_policy: pab.bool('block_public_policy', 'BlockPublicPolicy', false),
          restrict_public_buckets: pab.bool('restrict_public_buckets', 'RestrictPublicBuckets', false),
        },
    acl: p.str('acl', 'AccessControl'),
    logging: { enabled: logging.exists(), target_bucket: logging.str('target_bucket', 'DestinationBucketName') },
    object_lock: p.bool('object_lock', 'ObjectLockEnabled', false),
    policy: onePolicy(n, 'bucket-policy', 'PolicyDocument'),
    website: p.present('website', 'WebsiteConfiguration'),
  };
}
