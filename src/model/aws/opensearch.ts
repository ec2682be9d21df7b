import type { Unknown } from '../resource.js';
import type { Maybe, PolicyDocument } from './common.js';

/**
 * Defaults when omitted: encryption at rest, node-to-node encryption, HTTPS enforcement and fine
 * grained access off (false); tls_security_policy null (AWS's default applies); cluster of one
 * instance without zone awareness or dedicated masters.
 */
export interface OpenSearchDomain {
  /** AWS::Elasticsearch::Domain, or an OpenSearchService domain whose EngineVersion is `Elasticsearch_*`. */
  engine: 'opensearch' | 'elasticsearch';
  engine_version: Maybe<string> | null;
  encryption_at_rest: { enabled: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  node_to_node_encryption: Maybe<boolean>;
  enforce_https: Maybe<boolean>;
  tls_security_policy: Maybe<string> | null;
  /**
   * Log types published: audit, index_slow, search_slow, application. True when the option is
   * present and Enabled; Unknown when present without Enabled; false when absent.
   */
  logging: { audit: boolean; index_slow: boolean; search_slow: boolean; application: boolean };
  fine_grained_access: { enabled: Maybe<boolean>; internal_user_database: Maybe<boolean> };
  /** VPCOptions is set. */
  in_vpc: boolean;
  access_policy: PolicyDocument | null;
  cluster: { instance_count: Maybe<number> | null; zone_awareness: Maybe<boolean>; dedicated_master: Maybe<boolean> };
}
