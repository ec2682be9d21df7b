import type { Maybe } from './common.js';

export interface ApiGatewayStage {
  /**
   * v1: REST API (AWS::ApiGateway::Stage, or the stage an AWS::ApiGateway::Deployment creates
   * with StageName and StageDescription); v2: HTTP or WebSocket API (AWS::ApiGatewayV2::Stage).
   */
  api_version?: 'v1' | 'v2';
  access_logging: boolean;
  /** TracingEnabled, default false; always false for v2 (no X-Ray tracing). */
  tracing: Maybe<boolean>;
  /** Lowest execution logging level over method settings: OFF, ERROR, INFO, or null. */
  execution_logging: Maybe<string> | null;
  /** CacheClusterEnabled (default false); always false for v2, which has no cache. */
  cache_enabled?: Maybe<boolean>;
  /** False when a method caches (CachingEnabled) without CacheDataEncrypted; true otherwise. */
  cache_encrypted: Maybe<boolean>;
  client_certificate: boolean;
  /**
   * The stage's API has an HTTP or HTTP_PROXY integration, the backends a client certificate
   * authenticates to (REST only; false for v2). Templates: the `Integration.Type` of the
   * AWS::ApiGateway::Method resources of the stage's RestApi, and the integrations of an
   * OpenAPI `Body` written in the template; Unknown when they cannot be seen (an API outside
   * the template, a definition in S3). Live: Unknown (AWS Config records no integrations).
   */
  http_backend?: Maybe<boolean>;
  /**
   * The WAF web ACL protecting a REST stage (v1): its ARN, `ref:<WebACL>.Arn`, or null when
   * none is associated (templates: no AWS::WAFv2::WebACLAssociation names the stage; live:
   * webAclArn). Always null for v2, which WAF cannot protect.
   */
  web_acl?: Maybe<string> | null;
}

/** AWS::ApiGateway::Method (REST) or AWS::ApiGatewayV2::Route (HTTP, WebSocket). */
export interface ApiGatewayMethod {
  api_version: 'v1' | 'v2';
  /** HttpMethod (`GET`, `ANY`...) for v1; the route key (`GET /orders`, `$connect`) for v2. */
  method: Maybe<string> | null;
  /** AuthorizationType: NONE (the default), AWS_IAM, CUSTOM, COGNITO_USER_POOLS, JWT. */
  authorization_type: Maybe<string>;
  /** ApiKeyRequired (default false). */
  api_key_required: Maybe<boolean>;
}

/** AWS::ApiGateway::DomainName (v1) or AWS::ApiGatewayV2::DomainName (v2): a custom domain's TLS. */
export interface ApiGatewayDomainName {
  api_version: 'v1' | 'v2';
  /**
   * The security policy (minimum TLS version and ciphers) of each endpoint: v1 has one,
   * SecurityPolicy, default TLS_1_0; v2 one per DomainNameConfigurations entry, null when not set.
   */
  security_policies: Array<Maybe<string> | null>;
}
