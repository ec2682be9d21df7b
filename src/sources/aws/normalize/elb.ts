/**
 * Classic load balancer Config items (the DescribeLoadBalancers shape), with the policies
 * AWS Config records in supplementaryConfiguration.LoadBalancerPolicies. AWS Config does not
 * record load balancer attributes (access logs, draining, cross-zone): those are Unknown.
 */
import type { ClassicElbPolicy, ClassicLoadBalancer } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { get, list, notReported, num, str, strs } from './read.js';
import type { ConfigNormalization } from './services.js';

function classic(item: ConfigItem): ClassicLoadBalancer {
  const policies: Record<string, ClassicElbPolicy> = {};
  for (const p of list(get(item.supplementary, 'LoadBalancerPolicies'))) {
    const name = get(p, 'policyName');
    if (typeof name !== 'string') continue;
    const attributes: Record<string, string> = {};
    for (const a of list(get(p, 'policyAttributeDescriptions'))) {
      const k = get(a, 'attributeName');
      const v = str(get(a, 'attributeValue'));
      if (typeof k === 'string' && typeof v === 'string') attributes[k] = v;
    }
    policies[name] = { type: str(get(p, 'policyTypeName')), attributes };
  }
  return {
    listeners: list(get(item.configuration, 'listenerDescriptions')).map((d) => {
      const protocol = str(get(get(d, 'listener'), 'protocol')) ?? notReported('the listener protocol');
      return {
        protocol: typeof protocol === 'string' ? protocol.toUpperCase() : protocol,
        port: num(get(get(d, 'listener'), 'loadBalancerPort')),
        policy_names: strs(get(d, 'policyNames')),
      };
    }),
    policies,
    access_logging: notReported('access logging (a load balancer attribute)'),
  };
}

export const ELB_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::ElasticLoadBalancing::LoadBalancer': { type: AWS_TYPES['elb.load_balancer'], normalize: (item) => [classic(item)] },
};
