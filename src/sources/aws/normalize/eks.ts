/**
 * AWS::EKS::Cluster Config items, in the CloudFormation shape (PascalCase; checked against AWS's
 * Config resource schema): `ResourcesVpcConfig.EndpointPublicAccess` / `PublicAccessCidrs`,
 * `EncryptionConfig[].Resources`, `Logging.ClusterLogging.EnabledTypes[].Type`. No EncryptionConfig
 * means secrets are not encrypted with a KMS key, no Logging means no control-plane log type; a
 * missing endpoint setting is Unknown.
 */
import type { EksCluster } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { at, bool, get, list, notReported, str, strs } from './read.js';
import type { ConfigNormalization } from './services.js';

function eksCluster(item: ConfigItem): EksCluster {
  const c = item.configuration;
  const vpc = get(c, 'ResourcesVpcConfig');
  const cidrs = get(vpc, 'PublicAccessCidrs');
  return {
    endpoint_public_access: bool(get(vpc, 'EndpointPublicAccess'), notReported('public endpoint access')),
    endpoint_private_access: bool(get(vpc, 'EndpointPrivateAccess'), notReported('private endpoint access')),
    public_access_cidrs: cidrs === undefined || cidrs === null ? [notReported('the public access CIDRs')] : strs(cidrs),
    secrets_encryption: list(get(c, 'EncryptionConfig')).some((e) => strs(get(e, 'Resources')).includes('secrets') && typeof str(at(e, 'Provider', 'KeyArn')) === 'string'),
    version: str(get(c, 'Version')),
    log_types: list(at(c, 'Logging', 'ClusterLogging', 'EnabledTypes')).map((t) => str(get(t, 'Type')) ?? notReported('a log type')),
  };
}

export const EKS_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::EKS::Cluster': { type: AWS_TYPES['eks.cluster'], normalize: (i) => [eksCluster(i)] },
};
