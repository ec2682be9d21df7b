import type { Maybe, PolicyDocument } from './common.js';

/**
 * Defaults when omitted: key_spec SYMMETRIC_DEFAULT, key_usage ENCRYPT_DECRYPT, enabled true,
 * pending_window_days 30, multi_region false; policy null (AWS then applies its default policy).
 */
export interface KmsKey {
  /**
   * AWS default: false. Only symmetric encryption keys (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT) whose
   * key material KMS generated (origin AWS_KMS) support automatic rotation.
   */
  key_rotation: Maybe<boolean>;
  key_spec: Maybe<string>;
  key_usage: Maybe<string>;
  /**
   * Where the key material comes from: `AWS_KMS` (the default), `EXTERNAL` (imported),
   * `AWS_CLOUDHSM` or `EXTERNAL_KEY_STORE` (custom key stores). Absent means `AWS_KMS`.
   */
  origin?: Maybe<string>;
  enabled: Maybe<boolean>;
  pending_window_days: Maybe<number> | null;
  multi_region: Maybe<boolean>;
  policy: PolicyDocument | null;
  /** Live only: `Enabled`, `Disabled`, `PendingDeletion`... (KMS's KeyState). */
  key_state?: Maybe<string> | null;
}
