/**
 * AWS::WAFv2::WebACL Config items. The Config resource schema records the ACL's visibility
 * settings but not its logging configuration; rules and the default action are read as Unknown.
 */
import type { WafWebAcl } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { at, bool, notReported } from './read.js';
import type { ConfigNormalization } from './services.js';

const webAcl = (item: ConfigItem): WafWebAcl => ({
  logging: notReported('the logging configuration'),
  default_action: notReported('the default action'),
  rule_count: notReported('the rules'),
  metrics: bool(at(item.configuration, 'visibilityConfig', 'cloudWatchMetricsEnabled'), notReported('the visibility configuration')),
});

export const WAFV2_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::WAFv2::WebACL': { type: AWS_TYPES['wafv2.web_acl'], normalize: (item) => [webAcl(item)] },
};
