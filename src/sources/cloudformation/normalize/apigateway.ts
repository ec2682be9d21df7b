/** API Gateway methods (REST) and routes (HTTP, WebSocket): who may call them. */
import type { ApiGatewayDomainName, ApiGatewayMethod } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function apiGatewayMethod(n: Norm): Loose<ApiGatewayMethod> {
  const p = n.props;
  return {
    api_version: 'v1',
    method: p.str('method', 'HttpMethod'),
    authorization_type: p.str('authorization_type', 'AuthorizationType', 'NONE'),
    api_key_required: p.bool('api_key_required', 'ApiKeyRequired', false),
  };
}

export function apiGatewayV2Route(n: Norm): Loose<ApiGatewayMethod> {
  const p = n.props;
  return {
    api_version: 'v2',
    method: p.str('method', 'RouteKey'),
    authorization_type: p.str('authorization_type', 'AuthorizationType', 'NONE'),
    api_key_required: p.bool('api_key_required', 'ApiKeyRequired', false),
  };
}

/** A REST API custom domain: one security policy, TLS_1_0 unless set (API Gateway's default). */
export function apiGatewayDomainName(n: Norm): Loose<ApiGatewayDomainName> {
  return { api_version: 'v1', security_policies: [n.props.str('security_policies.0', 'SecurityPolicy', 'TLS_1_0')] };
}

/** An HTTP/WebSocket (v2) custom domain: a security policy per endpoint configuration. */
export function apiGatewayV2DomainName(n: Norm): Loose<ApiGatewayDomainName> {
  const configs = n.props.items('security_policies', 'DomainNameConfigurations');
  return { api_version: 'v2', security_policies: configs.map((c) => c.str('', 'SecurityPolicy')) };
}
