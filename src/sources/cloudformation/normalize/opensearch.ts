/** AWS::OpenSearchService::Domain and the older AWS::Elasticsearch::Domain. */
import type { Maybe, OpenSearchDomain } from '../../../model/aws/index.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

export function openSearchDomain(n: Norm): Loose<OpenSearchDomain> {
  const p = n.props;
  const legacy = n.entry.cfnType === 'AWS::Elasticsearch::Domain';
  const version = p.str('engine_version', legacy ? 'ElasticsearchVersion' : 'EngineVersion');
  // An OpenSearchService domain may still run an Elasticsearch version.
  const engine = legacy ? 'elasticsearch' : isUnknown(version) ? version : version?.startsWith('Elasticsearch_') ? 'elasticsearch' : 'opensearch';
  const atRest = p.scope('encryption_at_rest', 'EncryptionAtRestOptions');
  const endpoint = p.inner('DomainEndpointOptions');
  const logs = p.scope('logging', 'LogPublishingOptions');
  const security = p.scope('fine_grained_access', 'AdvancedSecurityOptions');
  const cluster = p.scope('cluster', legacy ? 'ElasticsearchClusterConfig' : 'ClusterConfig');
  return {
    engine,
    engine_version: version,
    encryption_at_rest: { enabled: atRest.bool('enabled', 'Enabled', false), kms_key_id: atRest.str('kms_key_id', 'KmsKeyId') },
    node_to_node_encryption: p.scope('node_to_node_encryption', 'NodeToNodeEncryptionOptions').bool('', 'Enabled', false),
    enforce_https: endpoint.bool('enforce_https', 'EnforceHTTPS', false),
    tls_security_policy: endpoint.str('tls_security_policy', 'TLSSecurityPolicy'),
    logging: {
      audit: published(logs, 'audit', 'AUDIT_LOGS'),
      index_slow: published(logs, 'index_slow', 'INDEX_SLOW_LOGS'),
      search_slow: published(logs, 'search_slow', 'SEARCH_SLOW_LOGS'),
      application: published(logs, 'application', 'ES_APPLICATION_LOGS'),
    },
    fine_grained_access: {
      enabled: security.bool('enabled', 'Enabled', false),
      internal_user_database: security.bool('internal_user_database', 'InternalUserDatabaseEnabled', false),
    },
    in_vpc: p.present('in_vpc', 'VPCOptions'),
    access_policy: n.policy(p.any('access_policy', 'AccessPolicies')),
    cluster: {
      instance_count: cluster.num('instance_count', 'InstanceCount', 1),
      zone_awareness: cluster.bool('zone_awareness', 'ZoneAwarenessEnabled', false),
      dedicated_master: cluster.bool('dedicated_master', 'DedicatedMasterEnabled', false),
    },
  };
}

/** A log type is published when its option is present and not disabled. */
function published(logs: Fields, attr: string, key: string): Maybe<boolean> {
  const option = logs.scope(attr, key);
  const exists = option.exists();
  if (exists !== true) return exists;
  return option.bool('', 'Enabled', unknown(`${key} does not say whether it is Enabled`));
}
