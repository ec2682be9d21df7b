import type { Maybe } from './common.js';

/** A cache behavior: the default one (path_pattern null) or one of CacheBehaviors. */
export interface CloudFrontBehavior {
  path_pattern: Maybe<string> | null;
  /** `allow-all`, `redirect-to-https` or `https-only`. */
  viewer_protocol_policy: Maybe<string> | null;
  target_origin_id: Maybe<string> | null;
}

export interface CloudFrontOrigin {
  id: Maybe<string> | null;
  domain_name: Maybe<string> | null;
  /**
   * `s3`: an S3 REST endpoint (S3OriginConfig); `custom`: anything else, S3 website endpoints
   * included (CustomOriginConfig).
   */
  kind: Maybe<'s3' | 'custom'>;
  /** CustomOriginConfig.OriginProtocolPolicy: `http-only`, `match-viewer`, `https-only`; null for S3. */
  protocol_policy: Maybe<string> | null;
  /** CustomOriginConfig.OriginSSLProtocols; empty when not written. */
  ssl_protocols: Array<Maybe<string>>;
  /** An origin access control (OriginAccessControlId) signs requests to the S3 origin. */
  access_control: Maybe<boolean>;
  /** A legacy origin access identity (S3OriginConfig.OriginAccessIdentity, not empty). */
  access_identity: Maybe<boolean>;
}

/** AWS::CloudFront::Distribution (its DistributionConfig). */
export interface CloudFrontDistribution {
  /** The default behavior first, then CacheBehaviors in order. */
  behaviors: CloudFrontBehavior[];
  origins: CloudFrontOrigin[];
  viewer_certificate: {
    /** The *.cloudfront.net certificate (also when ViewerCertificate is absent). */
    default_certificate: Maybe<boolean>;
    /** MinimumProtocolVersion; with a custom certificate CloudFront's default is `TLSv1`. */
    minimum_protocol_version: Maybe<string> | null;
  };
  /** Standard (legacy) access logging to an S3 bucket. */
  logging: Maybe<boolean>;
  /** WebACLId (a WAFv2 web ACL ARN or a WAF Classic id); null when none. */
  web_acl: Maybe<string> | null;
  default_root_object: Maybe<string> | null;
}
