/** AWS::CloudFront::Distribution: behaviors, origins, viewer certificate, logging, WAF. */
import type { CloudFrontBehavior, CloudFrontDistribution, CloudFrontOrigin, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

/** An S3 REST endpoint (website endpoints are custom origins). */
const S3_REST = /\.s3(?:[.-](?!website)[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/i;
/** `!GetAtt Bucket.DomainName` / `.RegionalDomainName`. */
const BUCKET_DOMAIN = /^ref:[A-Za-z0-9]+\.(?:Regional)?DomainName$/;

function behavior(b: Fields, d: Fields, index: number): Loose<CloudFrontBehavior> | Unknown {
  if (!b.isMap) return b.unknownValue ?? unknown('not a mapping');
  d.note(`behaviors.${index}`, b.self);
  const f = b.at(`properties.behaviors.${index}`);
  return {
    path_pattern: index === 0 ? null : f.str('path_pattern', 'PathPattern'),
    viewer_protocol_policy: f.str('viewer_protocol_policy', 'ViewerProtocolPolicy'),
    target_origin_id: f.str('target_origin_id', 'TargetOriginId'),
  };
}

/** A non-empty string, a reference or an Unknown: something is set. */
function isSet(v: unknown): Maybe<boolean> {
  if (isUnknown(v)) return v;
  return typeof v === 'string' && v.trim() !== '';
}

function originKind(o: Fields): Maybe<'s3' | 'custom'> {
  if (o.raw('S3OriginConfig') !== undefined) return 's3';
  if (o.raw('CustomOriginConfig') !== undefined) return 'custom';
  const domain = o.raw('DomainName');
  if (isUnknown(domain)) return domain;
  return typeof domain === 'string' && (S3_REST.test(domain) || BUCKET_DOMAIN.test(domain)) ? 's3' : 'custom';
}

function origin(o: Fields): Loose<CloudFrontOrigin> | Unknown {
  if (!o.isMap) return o.unknownValue ?? unknown('not a mapping');
  const custom = o.inner('CustomOriginConfig');
  const s3 = o.inner('S3OriginConfig');
  o.read('access_control', 'OriginAccessControlId');
  s3.read('access_identity', 'OriginAccessIdentity');
  const kind = originKind(o);
  return {
    id: o.str('id', 'Id'),
    domain_name: o.str('domain_name', 'DomainName'),
    kind,
    protocol_policy: kind === 'custom' ? custom.str('protocol_policy', 'OriginProtocolPolicy') : null,
    ssl_protocols: kind === 'custom' ? custom.strs('ssl_protocols', 'OriginSSLProtocols') : [],
    access_control: isSet(o.raw('OriginAccessControlId')),
    access_identity: isSet(s3.raw('OriginAccessIdentity')),
  };
}

export function cloudFrontDistribution(n: Norm): Loose<CloudFrontDistribution> {
  const d = n.props.inner('DistributionConfig');
  const cert = d.scope('viewer_certificate', 'ViewerCertificate');
  const custom = [cert.has('AcmCertificateArn'), cert.has('IamCertificateId')];
  const customCert: Maybe<boolean> = custom.includes(true) ? true : (custom.find(isUnknown) ?? false);
  const root = d.str('default_root_object', 'DefaultRootObject');
  return {
    behaviors: [behavior(d.inner('DefaultCacheBehavior'), d, 0), ...d.items('cache_behaviors', 'CacheBehaviors').map((b, i) => behavior(b, d, i + 1))],
    origins: d.items('origins', 'Origins').map(origin),
    viewer_certificate: {
      default_certificate: isUnknown(customCert) ? customCert : !customCert,
      minimum_protocol_version: cert.str('minimum_protocol_version', 'MinimumProtocolVersion') ?? (customCert === true ? 'TLSv1' : isUnknown(customCert) ? customCert : null),
    },
    logging: d.inner('Logging').present('logging', 'Bucket'),
    web_acl: d.str('web_acl', 'WebACLId'),
    default_root_object: root === '' ? null : root,
  };
}
