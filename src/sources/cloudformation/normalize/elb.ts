/** Load balancers: application/network (ELBv2) with their attributes, and classic ones. */
import type { ClassicElbPolicy, ClassicLoadBalancer, ElbLoadBalancer, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

/**
 * `[{Key|Name, Value}]` as a map, each value pointing at its line (recorded on `attr`.<key>).
 * Unknown when an entry or its key is: which keys are written is then unknown.
 */
function keyValues(owner: Fields, attr: string, list: Fields[], keyName: string): Record<string, Maybe<string>> | Unknown {
  const out: Record<string, Maybe<string>> = {};
  for (const e of list) {
    if (!e.isMap) return e.unknownValue ?? unknown('not a mapping');
    const key = e.raw(keyName);
    if (isUnknown(key)) return key;
    if (typeof key !== 'string') continue;
    const value = e.str('', 'Value');
    owner.note(`${attr}.${key}`, e.raw('Value') === undefined ? e.self : e.span('Value'));
    out[key] = value ?? unknown('the attribute has no Value');
  }
  return out;
}

export function elbLoadBalancer(n: Norm): Loose<ElbLoadBalancer> {
  const p = n.props;
  const raw = p.raw('LoadBalancerAttributes');
  const entries = p.items('attributes', 'LoadBalancerAttributes');
  return {
    lb_type: p.str('lb_type', 'Type', 'application'),
    scheme: p.str('scheme', 'Scheme', 'internet-facing'),
    attributes: isUnknown(raw) ? raw : keyValues(p, 'attributes', entries, 'Key'),
  };
}

export function classicLoadBalancer(n: Norm): Loose<ClassicLoadBalancer> {
  const p = n.props;
  const policies: Record<string, Loose<ClassicElbPolicy>> = {};
  for (const [i, f] of p.items('policies', 'Policies').entries()) {
    const name = f.raw('PolicyName');
    if (!f.isMap || typeof name !== 'string') continue;
    const attrs = f.items('attribute_list', 'Attributes');
    policies[name] = {
      type: f.str('type', 'PolicyType'),
      attributes: keyValues(p, `policies.${name}.attributes`, attrs, 'Name'),
    };
    p.note(`policies.${name}`, p.itemSpan('Policies', i));
  }
  return {
    listeners: p.items('listeners', 'Listeners').map((l) => {
      if (!l.isMap) return l.unknownValue ?? unknown('not a mapping');
      const protocol = l.str('protocol', 'Protocol') ?? unknown('the listener has no Protocol');
      return {
        protocol: typeof protocol === 'string' ? protocol.toUpperCase() : protocol,
        port: l.num('port', 'LoadBalancerPort'),
        policy_names: l.strs('policy_names', 'PolicyNames'),
      };
    }),
    policies,
    access_logging: p.inner('AccessLoggingPolicy').bool('access_logging', 'Enabled', false),
  };
}
