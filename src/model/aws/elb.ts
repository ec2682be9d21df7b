import type { Unknown } from '../resource.js';
import type { Maybe } from './common.js';

export interface ElbListener {
  /** Unknown when omitted (it depends on the load balancer type). */
  protocol: Maybe<string>;
  port: Maybe<number> | null;
  ssl_policy: Maybe<string> | null;
  /** The default action redirects to HTTPS. */
  redirects_to_https: boolean;
}

/** AWS::ElasticLoadBalancingV2::LoadBalancer. */
export interface ElbLoadBalancer {
  /** `application` (the default), `network` or `gateway`. */
  lb_type: Maybe<string>;
  /** `internet-facing` (the default) or `internal`. */
  scheme: Maybe<string>;
  /**
   * LoadBalancerAttributes as written (values are strings, as the API takes them); a key that is
   * not written has AWS's default. Unknown when any entry is (the keys written are then unknown).
   */
  attributes: Record<string, Maybe<string>>;
}

/** A negotiation (or other) policy of a classic load balancer. */
export interface ClassicElbPolicy {
  /** `SSLNegotiationPolicyType` for TLS settings. */
  type: Maybe<string> | null;
  /** Attribute name -> value (`Reference-Security-Policy`, `Protocol-TLSv1`: `true`...). */
  attributes: Record<string, Maybe<string>>;
}

/** AWS::ElasticLoadBalancing::LoadBalancer (classic). */
export interface ClassicLoadBalancer {
  listeners: Array<{
    /** HTTP, HTTPS, TCP or SSL (upper case). */
    protocol: Maybe<string>;
    port: Maybe<number> | null;
    policy_names: Array<Maybe<string>>;
  }>;
  /** The load balancer's own policies by name. */
  policies: Record<string, ClassicElbPolicy>;
  /** AccessLoggingPolicy.Enabled; Unknown live (AWS Config does not record attributes). */
  access_logging: Maybe<boolean>;
}
