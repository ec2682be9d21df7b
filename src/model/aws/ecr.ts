import type { Maybe, PolicyDocument } from './common.js';

/** Defaults when omitted: scan_on_push false, tag_mutability MUTABLE, encryption type AES256. */
export interface EcrRepository {
  scan_on_push: Maybe<boolean>;
  tag_mutability: Maybe<string>;
  encryption: { type: Maybe<string>; kms_key_id: Maybe<string> | null };
  policy: PolicyDocument | null;
  /** A lifecycle policy is set (LifecyclePolicy). */
  lifecycle_policy?: Maybe<boolean>;
}
