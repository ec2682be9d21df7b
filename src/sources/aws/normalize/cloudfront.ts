/** AWS::CloudFront::Distribution Config items (the GetDistribution shape: lists as `{quantity, items}`). */
import type { CloudFrontBehavior, CloudFrontDistribution, CloudFrontOrigin } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { at, bool, get, list, notReported, str, strs } from './read.js';
import type { ConfigNormalization } from './services.js';

const items = (v: unknown): unknown[] => list(get(v, 'items'));

const behavior = (b: unknown, isDefault: boolean): CloudFrontBehavior => ({
  path_pattern: isDefault ? null : str(get(b, 'pathPattern')),
  viewer_protocol_policy: str(get(b, 'viewerProtocolPolicy')),
  target_origin_id: str(get(b, 'targetOriginId')),
});

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

function origin(o: unknown): CloudFrontOrigin {
  const custom = get(o, 'customOriginConfig');
  const isCustom = custom !== undefined && custom !== null;
  return {
    id: str(get(o, 'id')),
    domain_name: str(get(o, 'domainName')),
    kind: isCustom ? 'custom' : 's3',
    protocol_policy: isCustom ? str(get(custom, 'originProtocolPolicy')) : null,
    ssl_protocols: isCustom ? strs(items(get(custom, 'originSslProtocols'))) : [],
    access_control: nonEmpty(get(o, 'originAccessControlId')),
    access_identity: nonEmpty(at(o, 's3OriginConfig', 'originAccessIdentity')),
  };
}

function distribution(item: ConfigItem): CloudFrontDistribution {
  const d = get(item.configuration, 'distributionConfig');
  const cert = get(d, 'viewerCertificate');
  const root = str(get(d, 'defaultRootObject'));
  const webAcl = str(get(d, 'webACLId'));
  return {
    behaviors: [behavior(get(d, 'defaultCacheBehavior'), true), ...items(get(d, 'cacheBehaviors')).map((b) => behavior(b, false))],
    origins: items(get(d, 'origins')).map(origin),
    viewer_certificate: {
      default_certificate: bool(get(cert, 'cloudFrontDefaultCertificate'), notReported('the viewer certificate')),
      minimum_protocol_version: str(get(cert, 'minimumProtocolVersion')),
    },
    logging: bool(at(d, 'logging', 'enabled'), notReported('logging')),
    web_acl: webAcl === '' ? null : webAcl,
    default_root_object: root === '' ? null : root,
  };
}

export const CLOUDFRONT_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::CloudFront::Distribution': { type: AWS_TYPES['cloudfront.distribution'], normalize: (item) => [distribution(item)] },
};
