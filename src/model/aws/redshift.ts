import type { Maybe } from './common.js';

/**
 * AWS::Redshift::Cluster. Defaults when omitted follow Redshift's since January 2025: a new
 * cluster is encrypted (`Encrypted` true) and not publicly accessible; audit logging
 * (LoggingProperties) is off.
 */
export interface RedshiftCluster {
  encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  publicly_accessible: Maybe<boolean>;
  /** LoggingProperties is set (to an S3 bucket or CloudWatch Logs). */
  audit_logging: Maybe<boolean>;
}
