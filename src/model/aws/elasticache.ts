import type { Maybe, SecretFacts } from './common.js';

/** Defaults when omitted: engine `redis`; encryption at rest and in transit and automatic failover false. */
export interface ElastiCacheReplicationGroup {
  /** Lower-case, as AWS reports it. */
  engine: Maybe<string> | null;
  at_rest_encryption: Maybe<boolean>;
  transit_encryption: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  auth_token: SecretFacts | null;
  automatic_failover: Maybe<boolean>;
}
