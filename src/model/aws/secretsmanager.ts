import type { Maybe, SecretFacts } from './common.js';

/**
 * AWS::SecretsManager::Secret. Without KmsKeyId the secret is encrypted with the AWS managed key
 * `aws/secretsmanager`; rotation is on when an AWS::SecretsManager::RotationSchedule of the
 * template names the secret (its lines are the rotation's).
 */
export interface SecretsManagerSecret {
  kms_key_id: Maybe<string> | null;
  /** KmsKeyId names a key other than the AWS managed one. */
  customer_managed_key: Maybe<boolean>;
  rotation: Maybe<boolean>;
  /** SecretString, as facts only (templates; the value is never kept). null: generated or absent. */
  secret_string?: SecretFacts | null;
}
