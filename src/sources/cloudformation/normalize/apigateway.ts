/** API Gateway methods (REST) and routes (HTTP, WebSocket): who may call them. */
import type { ApiGatewayMethod } from '../../../model/aws/index.js';
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
