/**
 * SAM (Transform: AWS::Serverless-2016-10-31) read as written, plus what the transform creates
 * that rules judge: the implicit APIs (addImplicitApis), each function's role from its Policies,
 * and the methods and routes of its Api and HttpApi events (expandFunctions), added to the
 * template as the CloudFormation resources SAM would add, at the lines they come from.
 * The Globals section's defaults are folded into each Serverless resource's Properties before
 * intrinsics are resolved, so a value that came from Globals points at its Globals line. The
 * merge is SAM's: mappings merge key by key (the resource's value wins), lists are added to
 * (Globals' entries first), anything else the resource sets replaces the global value; an
 * intrinsic function on either side is a value, not a mapping.
 */
import type { Span, Unknown } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/resource.js';
import { expandTemplate, isPolicyTemplate, managedPolicyArn } from './sam-policies.js';
import { isObj, newObj, type Obj, type SpanTable } from './tree.js';

/** Globals section key for each Serverless type. */
const GLOBALS_KEY: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
};

export function applyGlobals(globals: unknown, resources: Obj, types: Map<string, string>, spans: SpanTable): void {
  if (!isObj(globals) || isUnknown(globals)) return;
  for (const [id, type] of types) {
    const key = Object.hasOwn(GLOBALS_KEY, type) ? GLOBALS_KEY[type] : undefined;
    const defaults = key === undefined ? undefined : globals[key];
    if (!isMapping(defaults)) continue;
    const res = resources[id] as Obj;
    const own = res.Properties;
    if (own !== undefined && own !== null && !isMapping(own)) continue;
    const merged = mergeGlobal(defaults, own ?? newObj(), spans) as Obj;
    const self = spans.child(res, 'Properties') ?? spans.self(res) ?? spans.self(defaults);
    if (self) spans.set(merged, self, mergedChildren(defaults, own ?? newObj(), spans));
    res.Properties = merged;
  }
}

/** A mapping that is not an intrinsic function (`{Ref: ...}`, `{Fn::If: ...}`) nor Unknown. */
function isMapping(v: unknown): v is Obj {
  if (!isObj(v) || isUnknown(v)) return false;
  const keys = Object.keys(v);
  return !(keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::')));
}

function mergeGlobal(global: unknown, own: unknown, spans: SpanTable): unknown {
  if (Array.isArray(global) && Array.isArray(own)) {
    const out = [...global, ...own];
    spans.set(out, spans.self(own) ?? spans.self(global) ?? { line: 1, endLine: 1 }, mergedChildren(global, own, spans));
    return out;
  }
  if (!isMapping(global) || !isMapping(own)) return own;
  const out = newObj();
  for (const [k, v] of Object.entries(global)) out[k] = v;
  for (const [k, v] of Object.entries(own)) out[k] = Object.hasOwn(global, k) ? mergeGlobal(global[k], v, spans) : v;
  const self = spans.self(own) ?? spans.self(global);
  if (self) spans.set(out, self, mergedChildren(global, own, spans));
  return out;
}

/** Each merged entry's line: the resource's where it sets the key (or adds an item), else Globals'. */
function mergedChildren(global: unknown, own: unknown, spans: SpanTable): Map<string | number, Span> {
  const children = new Map<string | number, Span>();
  if (Array.isArray(global) && Array.isArray(own)) {
    global.forEach((_, i) => {
      const at = spans.child(global, i);
      if (at) children.set(i, at);
    });
    own.forEach((_, i) => {
      const at = spans.child(own, i);
      if (at) children.set(global.length + i, at);
    });
    return children;
  }
  for (const from of [global, own]) {
    for (const k of Object.keys(from as Obj)) {
      const at = spans.child(from, k);
      if (at) children.set(k, at);
    }
  }
  return children;
}

type Warn = (span: Span, message: string) => void;

/** A resource the SAM transform creates, added to the template as CloudFormation would see it. */
function addResource(resources: Obj, types: Map<string, string>, spans: SpanTable, id: string, type: string, props: Obj, at: Span, owner?: Obj): void {
  const res = newObj();
  res.Type = type;
  res.Properties = props;
  const children = new Map<string | number, Span>([['Type', at], ['Properties', spans.self(props) ?? at]]);
  // What SAM creates for a function is deployed with it, and a suppression written on the
  // function covers it.
  for (const key of ['Condition', 'Metadata']) {
    if (owner?.[key] === undefined) continue;
    res[key] = owner[key];
    const span = spans.child(owner, key);
    if (span) children.set(key, span);
  }
  spans.set(res, at, children);
  resources[id] = res;
  spans.setChild(resources, id, at);
  types.set(id, type);
}

/** A mapping with the given entries, each at `at` unless a span is given. */
function located(spans: SpanTable, at: Span, entries: Array<[string, unknown, Span?]>): Obj {
  const out = newObj();
  const children = new Map<string | number, Span>();
  for (const [k, v, span] of entries) {
    out[k] = v;
    children.set(k, span ?? at);
  }
  spans.set(out, at, children);
  return out;
}

function locatedList(spans: SpanTable, at: Span, items: Array<[unknown, Span]>): unknown[] {
  const out = items.map(([v]) => v);
  spans.set(out, at, new Map(items.map(([, s], i) => [i, s])));
  return out;
}

const props = (res: unknown): Obj | undefined => {
  const p = isObj(res) ? res.Properties : undefined;
  return isObj(p) && !isUnknown(p) ? p : undefined;
};

const IMPLICIT_API: Record<string, { id: string; type: string }> = {
  Api: { id: 'ServerlessRestApi', type: 'AWS::Serverless::Api' },
  HttpApi: { id: 'ServerlessHttpApi', type: 'AWS::Serverless::HttpApi' },
};

/** Events that name no API of their own put their routes on the API SAM creates (ServerlessRestApi, ServerlessHttpApi). */
const API_KEY: Record<string, string> = { Api: 'RestApiId', HttpApi: 'ApiId' };

interface FunctionEvent {
  name: string;
  type: string;
  props: Obj;
  span: Span;
}

function eventsOf(p: Obj, spans: SpanTable): FunctionEvent[] {
  const events = p.Events;
  if (!isObj(events) || isUnknown(events)) return [];
  const out: FunctionEvent[] = [];
  for (const [name, e] of Object.entries(events)) {
    if (!isObj(e) || isUnknown(e) || typeof e.Type !== 'string') continue;
    const ep = isObj(e.Properties) && !isUnknown(e.Properties) ? e.Properties : newObj();
    out.push({ name, type: e.Type, props: ep, span: spans.child(events, name) ?? spans.child(p, 'Events') ?? { line: 1, endLine: 1 } });
  }
  return out;
}

/**
 * Before Globals are folded in: the implicit APIs (ServerlessRestApi with its Prod stage,
 * ServerlessHttpApi with its $default stage) that Api and HttpApi events without an API of their
 * own create, at the first such event, so the stage rules judge them with Globals.Api/HttpApi.
 */
export function addImplicitApis(resources: Obj, types: Map<string, string>, spans: SpanTable, warn: Warn): void {
  for (const [kind, api] of Object.entries(IMPLICIT_API)) {
    let first: FunctionEvent | undefined;
    for (const [id, type] of types) {
      if (type !== 'AWS::Serverless::Function') continue;
      const p = props(resources[id]);
      first ??= p && eventsOf(p, spans).find((e) => e.type === kind && e.props[API_KEY[kind]!] === undefined);
    }
    if (!first) continue;
    if (types.has(api.id)) {
      warn(first.span, `cloudformation: the ${kind} event ${first.name} creates ${api.id}, but the template already has a resource of that name: the implicit API is not analyzed`);
      continue;
    }
    const stage = kind === 'Api' ? [['StageName', 'Prod'] as [string, unknown]] : [];
    addResource(resources, types, spans, api.id, api.type, located(spans, first.span, stage), first.span);
  }
}

/** Event types whose poller SAM grants through a managed policy on the function's role. */
const POLLER_POLICIES = new Map(Object.entries({
  SQS: 'AWSLambdaSQSQueueExecutionRole',
  Kinesis: 'AWSLambdaKinesisExecutionRole',
  DynamoDB: 'AWSLambdaDynamoDBExecutionRole',
  MSK: 'AWSLambdaMSKExecutionRole',
}));

/**
 * The service each pushing event type lets invoke the function, through the Lambda permission
 * SAM adds; the source it names is the event's SNS topic, the bucket's account, or a resource
 * SAM creates (a rule, an API's execute-api ARN), whose ARN is not known here.
 */
const PUSH_PRINCIPALS = new Map(Object.entries({
  Api: 'apigateway.amazonaws.com',
  HttpApi: 'apigateway.amazonaws.com',
  S3: 's3.amazonaws.com',
  SNS: 'sns.amazonaws.com',
  Schedule: 'events.amazonaws.com',
  EventBridgeRule: 'events.amazonaws.com',
  CloudWatchEvent: 'events.amazonaws.com',
  CloudWatchLogs: 'logs.amazonaws.com',
}));

/** Event types whose effect on the model is read: permissions, routes, the pollers' role policies. */
const READ_EVENTS = new Set([...PUSH_PRINCIPALS.keys(), ...POLLER_POLICIES.keys()]);

/**
 * After Globals are folded in: each Serverless function's role (when it names none) and the
 * methods or routes of its Api and HttpApi events. What is not read is returned by function.
 */
export function expandFunctions(resources: Obj, types: Map<string, string>, spans: SpanTable, warn: Warn): Map<string, string[]> {
  const unread = new Map<string, string[]>();
  for (const [id, type] of [...types]) {
    if (type !== 'AWS::Serverless::Function') continue;
    const res = resources[id] as Obj;
    const p = props(res);
    const at = spans.child(resources, id) ?? { line: 1, endLine: 1 };
    if (!p) continue;
    const events = eventsOf(p, spans);
    if (p.Role === undefined || p.Role === null) addRole(resources, types, spans, warn, id, p, events, at);
    for (const e of events) {
      if (e.type === 'Api' || e.type === 'HttpApi') addRoute(resources, types, spans, warn, id, e, res);
      if (PUSH_PRINCIPALS.has(e.type)) addPermission(resources, types, spans, warn, id, e, res);
    }
    const others = [...new Set(events.filter((e) => !READ_EVENTS.has(e.type)).map((e) => e.type))];
    if (others.length > 0) unread.set(id, others);
  }
  return unread;
}

function addRole(resources: Obj, types: Map<string, string>, spans: SpanTable, warn: Warn, id: string, p: Obj, events: FunctionEvent[], at: Span): void {
  const roleId = `${id}Role`;
  const policiesAt = spans.child(p, 'Policies') ?? at;
  if (types.has(roleId)) {
    warn(at, `cloudformation: the SAM transform creates ${roleId} for ${id}, but the template already has a resource of that name: the role's policies are not analyzed`);
    return;
  }
  const managed: Array<[unknown, Span]> = [[managedPolicyArn('AWSLambdaBasicExecutionRole'), at]];
  if (p.Tracing === 'Active') managed.push([managedPolicyArn('AWSXrayWriteOnlyAccess'), spans.child(p, 'Tracing') ?? at]);
  if (isObj(p.VpcConfig)) managed.push([managedPolicyArn('AWSLambdaVPCAccessExecutionRole'), spans.child(p, 'VpcConfig') ?? at]);
  for (const e of events) {
    const poller = POLLER_POLICIES.get(e.type);
    if (poller && !managed.some(([arn]) => arn === managedPolicyArn(poller))) managed.push([managedPolicyArn(poller), e.span]);
  }
  const inline: Array<[unknown, Span]> = [];
  const given = p.Policies;
  const items: Array<[unknown, Span]> =
    given === undefined || given === null ? [] : Array.isArray(given) ? given.map((v, i) => [v, spans.child(given, i) ?? policiesAt]) : [[given, policiesAt]];
  for (const [item, span] of items) {
    const policy = readPolicy(item, `${id}RolePolicy${inline.length}`, id, span, spans, warn);
    if (policy === undefined) continue;
    if ('arn' in policy) managed.push([policy.arn, span]);
    else inline.push([policy.inline, span]);
  }
  const assume = p.AssumeRolePolicyDocument ?? lambdaTrust(spans, at);
  const entries: Array<[string, unknown, Span?]> = [
    ['AssumeRolePolicyDocument', assume, spans.child(p, 'AssumeRolePolicyDocument') ?? at],
    ['ManagedPolicyArns', locatedList(spans, policiesAt, managed), policiesAt],
    ['Policies', locatedList(spans, policiesAt, inline), policiesAt],
  ];
  for (const key of ['PermissionsBoundary', 'Tags']) if (p[key] !== undefined) entries.push([key, p[key], spans.child(p, key)]);
  addResource(resources, types, spans, roleId, 'AWS::IAM::Role', located(spans, policiesAt, entries), at, resources[id] as Obj);
}

function lambdaTrust(spans: SpanTable, at: Span): Obj {
  const principal = located(spans, at, [['Service', ['lambda.amazonaws.com']]]);
  const statement = located(spans, at, [['Effect', 'Allow'], ['Principal', principal], ['Action', ['sts:AssumeRole']]]);
  return located(spans, at, [['Version', '2012-10-17'], ['Statement', [statement]]]);
}

/**
 * One entry of Policies: an AWS managed policy's name, a policy ARN (literal or intrinsic), an
 * inline policy document, or a policy template with its parameters.
 */
function readPolicy(item: unknown, name: string, fn: string, at: Span, spans: SpanTable, warn: Warn): { arn: unknown } | { inline: Obj } | undefined {
  if (typeof item === 'string') return { arn: item.startsWith('arn:') ? item : managedPolicyArn(item) };
  if (!isObj(item) || isUnknown(item)) {
    warn(at, `cloudformation: an entry of the Policies of ${fn} is neither a policy name, a document nor a policy template: not analyzed`);
    return undefined;
  }
  const keys = Object.keys(item);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) return { arn: item };
  const inline = (doc: unknown): { inline: Obj } => ({ inline: located(spans, at, [['PolicyName', name], ['PolicyDocument', doc]]) });
  if ('Statement' in item) return inline(item);
  const template = keys.length === 1 ? keys[0]! : undefined;
  if (template === undefined) {
    warn(at, `cloudformation: an entry of the Policies of ${fn} has neither a Statement nor a single policy template name: not analyzed`);
    return undefined;
  }
  if (!isPolicyTemplate(template)) {
    warn(at, `cloudformation: SAM policy template ${template} (in the Policies of ${fn}) is not known to Palisade: what it grants is not analyzed`);
    return undefined;
  }
  const expanded = expandTemplate(template, item[template]);
  if ('missing' in expanded) {
    warn(at, `cloudformation: SAM policy template ${template} (in the Policies of ${fn}) lacks ${expanded.missing.join(', ')}: not analyzed`);
    return undefined;
  }
  return inline(expanded.doc);
}

function addPermission(resources: Obj, types: Map<string, string>, spans: SpanTable, warn: Warn, fn: string, e: FunctionEvent, owner: Obj): void {
  const id = `${fn}${e.name}Permission`;
  if (types.has(id)) {
    warn(e.span, `cloudformation: the ${e.type} event ${e.name} of ${fn} would be read as ${id}, but the template already has a resource of that name: its permission is not analyzed`);
    return;
  }
  const ref = newObj();
  ref.Ref = fn;
  const entries: Array<[string, unknown, Span?]> = [
    ['FunctionName', ref],
    ['Action', 'lambda:InvokeFunction'],
    ['Principal', PUSH_PRINCIPALS.get(e.type)],
  ];
  if (e.type === 'S3') {
    const account = newObj();
    account.Ref = 'AWS::AccountId';
    entries.push(['SourceAccount', account]);
  } else if (e.type === 'SNS' && e.props.Topic !== undefined) {
    entries.push(['SourceArn', e.props.Topic, spans.child(e.props, 'Topic')]);
  } else {
    entries.push(['SourceArn', unknown(`the ARN of what SAM creates for the ${e.type} event ${e.name}`)]);
  }
  addResource(resources, types, spans, id, 'AWS::Lambda::Permission', located(spans, e.span, entries), e.span, owner);
}

/** The API an event puts its route on: the template's Serverless API it names, or the implicit one. */
function apiOf(resources: Obj, types: Map<string, string>, e: FunctionEvent): Obj | Unknown {
  const named = e.props[API_KEY[e.type]!];
  const implicit = IMPLICIT_API[e.type]!;
  if (named === undefined) return props(resources[implicit.id]) ?? newObj();
  const ref = isObj(named) && typeof named.Ref === 'string' ? named.Ref : undefined;
  if (ref !== undefined && types.get(ref) === implicit.type) return props(resources[ref]) ?? newObj();
  return unknown(`the ${e.type} event names an API that is not a SAM API of the template`);
}

/**
 * An Api event as the AWS::ApiGateway::Method, an HttpApi event as the AWS::ApiGatewayV2::Route
 * the transform puts on its API: the authorizer is the event's Auth.Authorizer, else the API's
 * Auth.DefaultAuthorizer, else none; `NONE` and `AWS_IAM` are themselves, a named authorizer
 * takes its kind from the API's Auth.Authorizers (a user pool, a JWT configuration, or a Lambda).
 */
function addRoute(resources: Obj, types: Map<string, string>, spans: SpanTable, warn: Warn, fn: string, e: FunctionEvent, owner: Obj): void {
  const id = `${fn}${e.name}`;
  if (types.has(id)) {
    warn(e.span, `cloudformation: the ${e.type} event ${e.name} of ${fn} would be read as ${id}, but the template already has a resource of that name: its authorization is not analyzed`);
    return;
  }
  const api = apiOf(resources, types, e);
  const eventAuth = isObj(e.props.Auth) ? e.props.Auth : undefined;
  const apiAuth = isUnknown(api) ? undefined : isObj(api.Auth) ? api.Auth : undefined;
  const v2 = e.type === 'HttpApi';
  let authorizer: unknown;
  let authAt = e.span;
  if (eventAuth?.Authorizer !== undefined) {
    authorizer = eventAuth.Authorizer;
    authAt = spans.child(eventAuth, 'Authorizer') ?? e.span;
  } else if (isUnknown(api)) {
    authorizer = api;
  } else if (apiAuth?.DefaultAuthorizer !== undefined) {
    authorizer = apiAuth.DefaultAuthorizer;
    authAt = spans.child(apiAuth, 'DefaultAuthorizer') ?? e.span;
  }
  const type = authorizationType(authorizer, apiAuth);
  const method = typeof e.props.Method === 'string' ? e.props.Method.toUpperCase() : e.props.Method;
  const methodAt = spans.child(e.props, 'Method') ?? e.span;
  const entries: Array<[string, unknown, Span?]> = [['AuthorizationType', type, authAt]];
  if (v2) {
    const path = e.props.Path;
    const key = method === undefined && path === undefined ? '$default' : typeof method === 'string' && typeof path === 'string' ? `${method} ${path}` : unknown('the route key is not literal');
    entries.push(['RouteKey', key, methodAt]);
  } else {
    entries.push(['HttpMethod', method, methodAt]);
    const keyRequired = eventAuth?.ApiKeyRequired ?? apiAuth?.ApiKeyRequired ?? (isUnknown(api) ? api : false);
    const keyAt = eventAuth?.ApiKeyRequired !== undefined ? spans.child(eventAuth, 'ApiKeyRequired') : apiAuth?.ApiKeyRequired !== undefined ? spans.child(apiAuth, 'ApiKeyRequired') : undefined;
    entries.push(['ApiKeyRequired', keyRequired, keyAt ?? e.span]);
  }
  addResource(resources, types, spans, id, v2 ? 'AWS::ApiGatewayV2::Route' : 'AWS::ApiGateway::Method', located(spans, e.span, entries), e.span, owner);
}

function authorizationType(authorizer: unknown, apiAuth: Obj | undefined): unknown {
  if (authorizer === undefined) return 'NONE';
  if (typeof authorizer !== 'string') return isUnknown(authorizer) ? authorizer : unknown('the authorizer is not a literal name');
  if (authorizer === 'NONE' || authorizer === 'AWS_IAM') return authorizer;
  const defined = isObj(apiAuth?.Authorizers) ? (apiAuth.Authorizers as Obj)[authorizer] : undefined;
  if (isObj(defined) && defined.UserPoolArn !== undefined) return 'COGNITO_USER_POOLS';
  if (isObj(defined) && defined.JwtConfiguration !== undefined) return 'JWT';
  // A Lambda authorizer, or one the API defines elsewhere: authorization is required either way.
  return 'CUSTOM';
}
