import type { Maybe } from './common.js';

/**
 * AWS::EKS::Cluster. Defaults when omitted: the API endpoint is public (EndpointPublicAccess
 * true) and open to 0.0.0.0/0 (PublicAccessCidrs), Kubernetes secrets are not envelope-encrypted
 * with a KMS key, and no control-plane log type is sent to CloudWatch Logs.
 */
export interface EksCluster {
  endpoint_public_access: Maybe<boolean>;
  endpoint_private_access: Maybe<boolean>;
  /** The CIDRs allowed to reach the public endpoint; ['0.0.0.0/0'] when omitted. */
  public_access_cidrs: Array<Maybe<string>>;
  /** An EncryptionConfig entry covers `secrets`. */
  secrets_encryption: Maybe<boolean>;
  /** Enabled control-plane log types, as written: api, audit, authenticator, controllerManager, scheduler. */
  log_types: Array<Maybe<string>>;
}
