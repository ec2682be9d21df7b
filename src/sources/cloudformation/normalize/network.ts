/** Security groups (with their ingress/egress resources), load balancer listeners, API stages. */
import type { ApiGatewayStage, ElbListener, Maybe, SecurityGroup, SecurityGroupRule } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';
import { httpBackend } from './apigateway.js';
import { isObj } from '../tree.js';

type Rule = Loose<SecurityGroupRule> | Unknown;

export const PROTOCOL_NUMBERS: Record<string, string> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'icmpv6' };

export function rule(f: Fields, direction: 'ingress' | 'egress'): Rule {
  if (!f.isMap) return f.unknownValue ?? unknown('not a mapping');
  const protocol = f.str('protocol', 'IpProtocol') ?? unknown('the rule has no IpProtocol');
  const peer = direction === 'ingress' ? ['SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'] : ['DestinationSecurityGroupId', 'DestinationPrefixListId'];
  const peerKey = peer.find((k) => f.raw(k) !== undefined) ?? peer[0]!;
  return {
    protocol: typeof protocol === 'string' ? (PROTOCOL_NUMBERS[protocol] ?? protocol.toLowerCase()) : protocol,
    from_port: f.num('from_port', 'FromPort'),
    to_port: f.num('to_port', 'ToPort'),
    cidr_ipv4: worldAsWritten(f.str('cidr_ipv4', 'CidrIp'), '0.0.0.0/0'),
    cidr_ipv6: worldAsWritten(f.str('cidr_ipv6', 'CidrIpv6'), '::/0'),
    source_security_group: f.str('source_security_group', peerKey),
    description: f.str('description', 'Description'),
  };
}

/**
 * A /0 prefix is the whole address space whatever address is written before it
 * (`0000:0000:0000:0000:0000:0000:0000:0000/0`, `0::0/0`, `10.0.0.0/0`): EC2 keeps only the
 * prefix, so it is normalized to the one spelling the rules know.
 */
export function worldAsWritten(cidr: Maybe<string> | null, world: string): Maybe<string> | null {
  return typeof cidr === 'string' && /^[^/]*\/0+$/.test(cidr.trim()) ? world : cidr;
}

/** Without SecurityGroupEgress, EC2 gives a VPC security group one rule allowing all egress. */
const DEFAULT_EGRESS: Loose<SecurityGroupRule> = {
  protocol: '-1',
  from_port: null,
  to_port: null,
  cidr_ipv4: '0.0.0.0/0',
  cidr_ipv6: null,
  source_security_group: null,
  description: null,
};

export function securityGroup(n: Norm): Loose<SecurityGroup> {
  const p = n.props;
  const rules = (direction: 'ingress' | 'egress', key: string): Rule[] => {
    const inline = p.items(direction, key).map((f) => rule(f, direction));
    if (direction === 'egress' && p.raw(key) === undefined && !p.unknownValue) inline.push({ ...DEFAULT_EGRESS });
    const linked = n.links.of(direction, n.id).map((e, i) => rule(n.linked(e, `properties.${direction}.${inline.length + i}`), direction));
    return [...inline, ...linked];
  };
  // A template cannot create a VPC's default group (see standaloneRule for rules added to one).
  return { default_group: false, ingress: rules('ingress', 'SecurityGroupIngress'), egress: rules('egress', 'SecurityGroupEgress') };
}

/**
 * An AWS::EC2::SecurityGroupIngress/Egress whose group is not in the template, as a group
 * holding that one rule: a VPC's default group when it names `!GetAtt <Vpc>.DefaultSecurityGroup`
 * of the template, else a group the template does not show (Unknown whether it is a default one).
 */
function standaloneRule(n: Norm, direction: 'ingress' | 'egress'): Loose<SecurityGroup> {
  const group = n.props.raw('GroupId');
  const vpc = typeof group === 'string' && n.isRef(group) && group.endsWith('.DefaultSecurityGroup') ? n.links.entry(group.slice(4, -'.DefaultSecurityGroup'.length)) : undefined;
  n.props.note(`${direction}.0`, n.entry.span);
  const one = [rule(n.props.at(`properties.${direction}.0`), direction)];
  return {
    default_group: vpc?.cfnType === 'AWS::EC2::VPC' ? true : unknown('the security group is not in the template'),
    ingress: direction === 'ingress' ? one : [],
    egress: direction === 'egress' ? one : [],
  };
}

export const standaloneIngress = (n: Norm): Loose<SecurityGroup> => standaloneRule(n, 'ingress');
export const standaloneEgress = (n: Norm): Loose<SecurityGroup> => standaloneRule(n, 'egress');

export function elbListener(n: Norm): Loose<ElbListener> {
  const p = n.props;
  return {
    protocol: p.str('protocol', 'Protocol') ?? unknown('depends on the load balancer type'),
    port: p.num('port', 'Port'),
    ssl_policy: p.str('ssl_policy', 'SslPolicy'),
    redirects_to_https: redirectsToHttps(p),
  };
}

function redirectsToHttps(p: Fields): Maybe<boolean> {
  let undecided: Unknown | undefined;
  p.read('redirects_to_https', 'DefaultActions');
  for (const action of p.items('default_actions', 'DefaultActions')) {
    if (!action.isMap) {
      undecided ??= action.unknownValue;
      continue;
    }
    const type = action.raw('Type');
    const protocol = action.inner('RedirectConfig').raw('Protocol');
    if (type === 'redirect' && protocol === 'HTTPS') return true;
    if (isUnknown(type)) undecided ??= type;
    else if (type === 'redirect' && isUnknown(protocol)) undecided ??= protocol;
  }
  return undecided ?? false;
}

const LEVELS = ['OFF', 'ERROR', 'INFO'];

/** The lowest execution logging level over `settings` (null when none sets one). */
function lowestLevel(p: Fields, settings: Fields[]): Maybe<string> | null {
  let lowest: { level: string; at: Fields } | undefined;
  let undecided: Unknown | undefined;
  for (const s of settings) {
    const level = s.str('', 'LoggingLevel');
    if (level === null) continue;
    if (isUnknown(level)) undecided ??= level;
    else if (!lowest || LEVELS.indexOf(level.toUpperCase()) < LEVELS.indexOf(lowest.level)) lowest = { level: level.toUpperCase(), at: s };
  }
  if (lowest) p.note('execution_logging', lowest.at.span('LoggingLevel'));
  // OFF is as low as it gets, whatever the unknown levels are.
  return lowest?.level === 'OFF' ? 'OFF' : (undecided ?? lowest?.level ?? null);
}

/** False when a method caches without encrypting its cache. */
function cacheEncrypted(p: Fields, methods: Fields[]): Maybe<boolean> {
  let undecided: Unknown | undefined;
  for (const m of methods) {
    if (!m.isMap) {
      undecided ??= m.unknownValue;
      continue;
    }
    const caching = m.bool('', 'CachingEnabled', false);
    if (caching === false) continue;
    const encrypted = m.bool('', 'CacheDataEncrypted', false);
    if (encrypted === true) continue;
    if (caching === true && encrypted === false) {
      p.note('cache_encrypted', m.raw('CacheDataEncrypted') === undefined ? m.self : m.span('CacheDataEncrypted'));
      return false;
    }
    undecided ??= isUnknown(encrypted) ? encrypted : (caching as Unknown);
  }
  return undecided ?? true;
}

export const apiGatewayStage = (n: Norm): Loose<ApiGatewayStage> => ({
  ...restStage(n.props, []),
  web_acl: stageWebAcl(n),
  http_backend: httpBackend(n, n.props.raw('RestApiId'), n.entry.cfnType === 'AWS::Serverless::Api'),
});

/** The web ACL a WebACLAssociation of the template gives the stage (links.ts), at the association's lines. */
function stageWebAcl(n: Norm): Maybe<string> | null {
  for (const e of n.links.of('waf-association', n.id)) {
    const acl = n.linked(e, 'properties.web_acl').str('', 'WebACLArn');
    if (acl !== null) return acl as Maybe<string>;
  }
  return n.links.unresolvedWebAclAssociation ? unknown('a WebACLAssociation of the template names a resource that cannot be worked out') : null;
}

/**
 * The REST API stage a Deployment creates when it names a StageName, configured by its
 * StageDescription (stage-wide LoggingLevel, CachingEnabled and CacheDataEncrypted apply to
 * every method, as a `/*` `*` method setting does).
 */
export function apiGatewayDeploymentStage(n: Norm): Loose<ApiGatewayStage> {
  const d = n.props.inner('StageDescription');
  // The stage-wide settings record their lines on a path of their own, not on `properties`.
  return { ...restStage(d, [d.at('properties.stage_description')]), web_acl: stageWebAcl(n), http_backend: httpBackend(n, n.props.raw('RestApiId'), false) };
}

/** A REST API stage from `p` (a Stage's Properties or a Deployment's StageDescription). */
function restStage(p: Fields, stageWide: Fields[]): Loose<ApiGatewayStage> {
  const methods = [...stageWide, ...p.items('method_settings', 'MethodSettings')];
  return {
    api_version: 'v1',
    access_logging: p.inner('AccessLogSetting').present('access_logging', 'DestinationArn'),
    tracing: p.bool('tracing', 'TracingEnabled', false),
    execution_logging: lowestLevel(p, methods),
    cache_enabled: p.bool('cache_enabled', 'CacheClusterEnabled', false),
    cache_encrypted: cacheEncrypted(p, methods),
    client_certificate: p.present('client_certificate', 'ClientCertificateId'),
  };
}

/** A Deployment creates a stage only when it names one. */
export const createsStage = (props: unknown): boolean => isObj(props) && props.StageName !== undefined && props.StageName !== null;

/** The stage's tags are in the StageDescription. */
export const stageDescription = (p: Fields): Fields => p.inner('StageDescription');

export function apiGatewayV2Stage(n: Norm): Loose<ApiGatewayStage> {
  const p = n.props;
  const routes = p.scope('route_settings', 'RouteSettings');
  const settings = [p.scope('default_route_settings', 'DefaultRouteSettings'), ...routes.keys().map((k) => routes.scope(k, k))];
  return {
    api_version: 'v2',
    access_logging: p.inner('AccessLogSettings').present('access_logging', 'DestinationArn'),
    // HTTP and WebSocket APIs have no X-Ray tracing and no cache.
    tracing: false,
    execution_logging: routes.unknownValue ?? lowestLevel(p, settings),
    cache_enabled: false,
    cache_encrypted: true,
    client_certificate: p.present('client_certificate', 'ClientCertificateId'),
    web_acl: null,
    http_backend: false,
  };
}
