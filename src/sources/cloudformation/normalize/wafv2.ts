/** AWS::WAFv2::WebACL, with the logging configurations that name it. */
import type { Maybe, WafWebAcl } from '../../../model/aws/index.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function wafWebAcl(n: Norm): Loose<WafWebAcl> {
  const p = n.props;
  let logging: Maybe<boolean> = false;
  for (const e of n.links.of('waf-logging', n.id)) {
    const exists = n.linked(e, 'properties.logging').exists();
    if (exists === true) {
      logging = true;
      break;
    }
    if (isUnknown(exists)) logging = exists;
  }
  const action = p.scope('default_action', 'DefaultAction');
  const keys = action.keys().filter((k) => k === 'Allow' || k === 'Block');
  const rules = p.read('rule_count', 'Rules');
  return {
    logging,
    default_action: action.unknownValue ?? (keys.length === 1 ? keys[0]!.toLowerCase() : null),
    rule_count: rules === undefined || rules === null ? 0 : Array.isArray(rules) ? rules.length : isUnknown(rules) ? rules : unknown('Rules is not a list'),
    metrics: p.inner('VisibilityConfig').bool('metrics', 'CloudWatchMetricsEnabled', unknown('VisibilityConfig has no CloudWatchMetricsEnabled')),
  };
}
