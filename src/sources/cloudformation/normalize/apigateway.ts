/** API Gateway methods (REST) and routes (HTTP, WebSocket): who may call them; what a REST API's integrations call. */
import type { ApiGatewayDomainName, ApiGatewayMethod, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import { isObj } from '../tree.js';
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

const HTTP_TYPES = ['HTTP', 'HTTP_PROXY'];

/**
 * Whether the REST API a stage serves (`api`: its RestApiId, or the SAM Api itself) has an HTTP
 * or HTTP_PROXY integration: one of the template's AWS::ApiGateway::Method resources on that API,
 * or an `x-amazon-apigateway-integration` of its OpenAPI Body. A known HTTP integration decides;
 * otherwise anything unseen (an API outside the template, a definition in S3, a type known only
 * when deployed) leaves it Unknown. A SAM Api without a definition has only its functions' events:
 * Lambda proxy integrations.
 */
export function httpBackend(n: Norm, api: unknown, sam: boolean): Maybe<boolean> {
  if (sam) return definitionHasHttp(n.entry.props, 'DefinitionBody', 'DefinitionUri');
  if (typeof api !== 'string' || !n.isRef(api)) return unknown('the REST API is not a resource of the template');
  const apiId = api.slice('ref:'.length);
  const restApi = n.links.entry(apiId);
  if (restApi?.cfnType !== 'AWS::ApiGateway::RestApi') return unknown('the REST API is not a resource of the template');
  let undecided: Unknown | undefined;
  const fromBody = definitionHasHttp(restApi.props, 'Body', 'BodyS3Location');
  if (fromBody === true) return true;
  if (isUnknown(fromBody)) undecided = fromBody;
  for (const m of n.links.of('api-method', apiId)) {
    const type = integrationType(m.props);
    if (isUnknown(type)) undecided ??= type;
    else if (type !== null && HTTP_TYPES.includes(type.toUpperCase())) {
      if (!n.links.isMaybe(apiId, m.id)) return true;
      undecided ??= unknown(`method ${m.id} belongs to the API only under some conditions`);
    }
  }
  return undecided ?? false;
}

function integrationType(props: unknown): string | null | Unknown {
  if (isUnknown(props)) return props;
  const integration = isObj(props) ? props.Integration : undefined;
  if (isUnknown(integration)) return integration;
  const type = isObj(integration) ? integration.Type : undefined;
  if (isUnknown(type)) return type;
  return typeof type === 'string' ? type : null;
}

/** The integrations of an OpenAPI definition written inline (`body`), Unknown when elsewhere (`location`). */
function definitionHasHttp(props: unknown, body: string, location: string): Maybe<boolean> {
  if (!isObj(props)) return isUnknown(props) ? props : false;
  const def = props[body];
  if (def === undefined) return props[location] === undefined ? false : unknown(`the API definition is outside the template (${location})`);
  if (!isObj(def)) return isUnknown(def) ? def : unknown(`${body} is not a mapping`);
  const paths = def.paths;
  if (paths === undefined) return false;
  if (!isObj(paths)) return unknown(`${body}.paths is not a mapping`);
  let undecided: Unknown | undefined;
  for (const ops of Object.values(paths)) {
    if (!isObj(ops)) {
      if (isUnknown(ops)) undecided ??= ops;
      continue;
    }
    for (const op of Object.values(ops)) {
      const integration = isObj(op) ? op['x-amazon-apigateway-integration'] : isUnknown(op) ? op : undefined;
      const type = isObj(integration) ? integration.type : integration;
      if (isUnknown(type)) undecided ??= type;
      else if (typeof type === 'string' && HTTP_TYPES.includes(type.toUpperCase())) return true;
    }
  }
  return undecided ?? false;
}
