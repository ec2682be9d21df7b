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
