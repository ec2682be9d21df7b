import type { Maybe } from './common.js';

/**
 * AWS::MSK::Cluster (provisioned). Defaults when omitted: clients reach brokers over TLS only
 * (ClientBroker `TLS`), brokers talk to each other over TLS (InCluster true), public access
 * `DISABLED`, no broker logs. Without ClientAuthentication (or with none of IAM, SCRAM and TLS
 * enabled) clients connect unauthenticated.
 */
export interface MskCluster {
  /** `TLS`, `TLS_PLAINTEXT` or `PLAINTEXT`. */
  client_broker_encryption: Maybe<string>;
  in_cluster_encryption: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  /** `DISABLED` or `SERVICE_PROVIDED_EIPS`. */
  public_access: Maybe<string>;
  unauthenticated_access: Maybe<boolean>;
  /** Broker logs go to CloudWatch Logs, Firehose or S3. */
  broker_logs: Maybe<boolean>;
}
