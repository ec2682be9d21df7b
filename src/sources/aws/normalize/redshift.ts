/**
 * AWS::Redshift::Cluster Config items, in the DescribeClusters shape (camelCase: `encrypted`,
 * `kmsKeyId`, `publiclyAccessible`). Audit logging is not in `configuration`: Config records it
 * only as supplementaryConfiguration.LoggingStatus (DescribeLoggingStatus: `loggingEnabled`), all
 * checked against AWS's Config resource schema. A missing field is Unknown.
 */
import type { RedshiftCluster } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { at, bool, get, notReported, str } from './read.js';
import type { ConfigNormalization } from './services.js';

function redshiftCluster(item: ConfigItem): RedshiftCluster {
  const c = item.configuration;
  return {
    encrypted: bool(get(c, 'encrypted'), notReported('cluster encryption')),
    kms_key_id: str(get(c, 'kmsKeyId')),
    publicly_accessible: bool(get(c, 'publiclyAccessible'), notReported('public accessibility')),
    audit_logging: bool(at(item.supplementary, 'LoggingStatus', 'loggingEnabled'), notReported('the logging status')),
  };
}

export const REDSHIFT_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::Redshift::Cluster': { type: AWS_TYPES['redshift.cluster'], normalize: (i) => [redshiftCluster(i)] },
};
