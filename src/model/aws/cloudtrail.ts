import type { Unknown } from '../resource.js';
import type { Maybe } from './common.js';

/**
 * Defaults when omitted: multi_region, log_file_validation and organization_trail false,
 * include_global_events true. IsLogging is required: Unknown when missing.
 */
export interface CloudTrailTrail {
  is_logging: Maybe<boolean>;
  multi_region: Maybe<boolean>;
  log_file_validation: Maybe<boolean>;
  include_global_events: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  cloudwatch_logs_log_group: Maybe<string> | null;
  /** The role CloudTrail assumes to write to the log group: without it nothing is delivered. */
  cloudwatch_logs_role?: Maybe<string> | null;
  s3_bucket: Maybe<string> | null;
  organization_trail: Maybe<boolean>;
}

/** Live only: the account's trails as a whole (resource id `<account>:cloudtrail`). */
export interface CloudTrailAccount {
  /** A multi-region trail that is logging exists. */
  multi_region_logging: Maybe<boolean>;
  trail_count: number;
}
