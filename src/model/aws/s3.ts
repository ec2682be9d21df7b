import type { Maybe, PolicyDocument } from './common.js';

export interface S3Bucket {
  bucket_name: Maybe<string> | null;
  /** configured=false when no default encryption is declared (AWS then applies SSE-S3). bucket_key default false. */
  encryption: { configured: boolean; algorithm: Maybe<string> | null; kms_key_id: Maybe<string> | null; bucket_key: boolean };
  /** enabled: VersioningConfiguration Status is Enabled (default false). Templates cannot set MFA delete: false. */
  versioning: { enabled: boolean; mfa_delete: boolean };
  /** null when no public access block is configured on the bucket; a flag it omits is false. */
  public_access_block: null | {
    block_public_acls: Maybe<boolean>;
    ignore_public_acls: Maybe<boolean>;
    block_public_policy: Maybe<boolean>;
    restrict_public_buckets: Maybe<boolean>;
  };
  /** Canned ACL (`Private`, `PublicRead`, ...) or null. */
  acl: Maybe<string> | null;
  /** enabled: LoggingConfiguration is set; target_bucket null when it names none (the bucket itself). */
  logging: { enabled: boolean; target_bucket: Maybe<string> | null };
  /** ObjectLockEnabled, default false. */
  object_lock: boolean;
  /** From the AWS::S3::BucketPolicy naming the bucket; null when there is none. */
  policy: PolicyDocument | null;
  /** WebsiteConfiguration is set. */
  website: boolean;
}
