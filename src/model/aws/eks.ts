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
  /** The Kubernetes version (`1.31`); null when omitted (EKS then creates the current default). */
  version: Maybe<string> | null;
}

/**
 * AWS::EKS::Nodegroup (managed node group). AWS Config records no node groups: template only.
 * With an SSH key and no source security groups, EKS opens port 22 of the nodes to 0.0.0.0/0.
 */
export interface EksNodegroup {
  /** RemoteAccess; null when not set (no SSH access is configured). */
  remote_access: null | {
    /** An Ec2SshKey is named. */
    ssh_key: Maybe<boolean>;
    /** SourceSecurityGroups allowed to reach port 22 (empty: the whole internet). */
    source_security_groups: Array<Maybe<string>>;
  };
}
