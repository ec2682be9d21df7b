import type { Maybe } from './common.js';

/** AWS::WAFv2::WebACL, with the AWS::WAFv2::LoggingConfiguration of the template naming it. */
export interface WafWebAcl {
  /** A logging configuration sends the ACL's request logs somewhere (Unknown live: not in Config items). */
  logging: Maybe<boolean>;
  /** `allow` or `block` (the DefaultAction key); Unknown live. */
  default_action: Maybe<string> | null;
  /** How many rules the ACL has (Rules); Unknown live. */
  rule_count: Maybe<number>;
  /** VisibilityConfig.CloudWatchMetricsEnabled. */
  metrics: Maybe<boolean>;
}
