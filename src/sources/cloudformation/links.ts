/**
 * Which resources of a template belong to which: a BucketPolicy to its bucket, an
 * AWS::IAM::Policy to the roles it names, an ingress rule to its security group... A link is
 * made through a `ref:<LogicalId>` (or `ref:<LogicalId>.<Attr>`) value, or through a name equal
 * to the target's own name property: the same literal, or the same expression of the same
 * parameters and pseudo parameters (`!Ref BucketName` on both sides, `${AWS::StackName}-logs`),
 * which deploys to the same value whatever it is. A value behind Fn::If on an unknown condition
 * links to what each branch names, as a "maybe" link: the owner then reads the linked values as
 * Unknown. Anything else (an imported name, a name built from an Fn::If) is not linked: nothing
 * is guessed.
 */
import type { Span, Unknown } from '../../model/resource.js';
import { isUnknown } from '../../model/resource.js';
import { NO_VALUE, type Part, type Resolver } from './intrinsics.js';
import { isObj } from './tree.js';

/** A resource of the template after its properties were resolved. */
export interface Entry {
  id: string;
  /** The CloudFormation type, e.g. `AWS::S3::Bucket`. */
  cfnType: string;
  /** From the logical id key to the end of the resource. */
  span: Span;
  /** The span of `Properties` (the resource's when it has none). */
  propsSpan: Span;
  /** Resolved Properties: a mapping, undefined when absent, or Unknown. */
  props: unknown;
  /** The resource's Metadata as written (see FileProvenance.metadata), when it is a mapping. */
  metadata?: Record<string, unknown>;
  metadataSpans?: Record<string, Span>;
}

export type LinkKind =
  | 'bucket-policy'
  | 'function-permission'
  | 'function-url'
  | 'function-log-group'
  | 'iam-policy'
  | 'queue-policy'
  | 'topic-policy'
  | 'ingress'
  | 'egress'
  | 'secret-rotation'
  | 'flow-log'
  | 'nacl-entry'
  | 'waf-logging'
  | 'waf-association'
  | 'api-method';

/** The property that names a resource of each type, for links written as literal names. */
const NAME_KEYS: Record<string, string> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Serverless::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::EC2::SecurityGroup': 'GroupName',
  'AWS::RDS::DBCluster': 'DBClusterIdentifier',
  'AWS::EC2::LaunchTemplate': 'LaunchTemplateName',
};

/** A SAM function is the Lambda function the transform creates, under the same logical id. */
const FUNCTION_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];

interface Rule {
  kind: LinkKind;
  from: string[];
  key: string;
  to: string[];
}

const RULES: Rule[] = [
  { kind: 'bucket-policy', from: ['AWS::S3::BucketPolicy'], key: 'Bucket', to: ['AWS::S3::Bucket'] },
  { kind: 'function-permission', from: ['AWS::Lambda::Permission'], key: 'FunctionName', to: FUNCTION_TYPES },
  { kind: 'function-url', from: ['AWS::Lambda::Url'], key: 'TargetFunctionArn', to: FUNCTION_TYPES },
  { kind: 'iam-policy', from: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'], key: 'Roles', to: ['AWS::IAM::Role'] },
  { kind: 'iam-policy', from: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'], key: 'Users', to: ['AWS::IAM::User'] },
  { kind: 'iam-policy', from: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'], key: 'Groups', to: ['AWS::IAM::Group'] },
  { kind: 'iam-policy', from: ['AWS::IAM::RolePolicy'], key: 'RoleName', to: ['AWS::IAM::Role'] },
  { kind: 'iam-policy', from: ['AWS::IAM::UserPolicy'], key: 'UserName', to: ['AWS::IAM::User'] },
  { kind: 'iam-policy', from: ['AWS::IAM::GroupPolicy'], key: 'GroupName', to: ['AWS::IAM::Group'] },
  { kind: 'queue-policy', from: ['AWS::SQS::QueuePolicy'], key: 'Queues', to: ['AWS::SQS::Queue'] },
  { kind: 'topic-policy', from: ['AWS::SNS::TopicPolicy'], key: 'Topics', to: ['AWS::SNS::Topic'] },
  { kind: 'topic-policy', from: ['AWS::SNS::TopicInlinePolicy'], key: 'TopicArn', to: ['AWS::SNS::Topic'] },
  { kind: 'ingress', from: ['AWS::EC2::SecurityGroupIngress'], key: 'GroupId', to: ['AWS::EC2::SecurityGroup'] },
  { kind: 'ingress', from: ['AWS::EC2::SecurityGroupIngress'], key: 'GroupName', to: ['AWS::EC2::SecurityGroup'] },
  { kind: 'egress', from: ['AWS::EC2::SecurityGroupEgress'], key: 'GroupId', to: ['AWS::EC2::SecurityGroup'] },
  { kind: 'secret-rotation', from: ['AWS::SecretsManager::RotationSchedule'], key: 'SecretId', to: ['AWS::SecretsManager::Secret'] },
  { kind: 'flow-log', from: ['AWS::EC2::FlowLog'], key: 'ResourceId', to: ['AWS::EC2::VPC'] },
  { kind: 'nacl-entry', from: ['AWS::EC2::NetworkAclEntry'], key: 'NetworkAclId', to: ['AWS::EC2::NetworkAcl'] },
  { kind: 'waf-logging', from: ['AWS::WAFv2::LoggingConfiguration'], key: 'ResourceArn', to: ['AWS::WAFv2::WebACL'] },
  { kind: 'api-method', from: ['AWS::ApiGateway::Method'], key: 'RestApiId', to: ['AWS::ApiGateway::RestApi'] },
];

/** The resources that are (or create) a REST API stage. */
const STAGE_TYPES = ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment', 'AWS::Serverless::Api'];

const LAMBDA_LOG_PREFIX = '/aws/lambda/';
/** What CDK's `logRetention` creates: sets the retention of a log group it names. */
export const LOG_RETENTION_TYPE = 'Custom::LogRetention';

export class Links {
  private readonly byId = new Map<string, Entry>();
  private readonly names = new Map<string, Map<string, string>>();
  private readonly links = new Map<string, Entry[]>();
  /** `owner\0linked` pairs linked only in some branches of an Fn::If. */
  private readonly maybes = new Set<string>();
  /** Some WebACLAssociation of the template names a resource that cannot be worked out. */
  unresolvedWebAclAssociation = false;

  constructor(
    entries: Entry[],
    private readonly resolver: Resolver,
  ) {
    for (const e of entries) {
      this.byId.set(e.id, e);
      const nameKey = NAME_KEYS[e.cfnType];
      const name = nameKey && isObj(e.props) ? this.key(this.segments(e.props[nameKey])) : undefined;
      if (name !== undefined) {
        let byName = this.names.get(e.cfnType);
        if (!byName) this.names.set(e.cfnType, (byName = new Map()));
        if (!byName.has(name)) byName.set(name, e.id);
      }
    }
    for (const rule of RULES) {
      for (const e of entries) {
        if (!rule.from.includes(e.cfnType) || !isObj(e.props)) continue;
        const value = e.props[rule.key];
        for (const v of Array.isArray(value) ? value : [value]) {
          const { ids, maybe } = this.targets(v, rule.to);
          for (const id of ids) this.add(rule.kind, id, e, maybe);
        }
      }
    }
    this.linkManagedPolicies(entries);
    this.linkLogGroups(entries);
    this.linkWebAclAssociations(entries);
  }

  /**
   * A WAFv2 WebACLAssociation to the REST API stage its ResourceArn names:
   * `.../restapis/${Api}/stages/${Stage}` or `.../stages/prod`, matched on the stage's RestApiId
   * and its logical id or StageName (a Deployment's stage, a SAM Api's `${Api.Stage}`).
   */
  private linkWebAclAssociations(entries: Entry[]): void {
    const stages = entries.filter((e) => STAGE_TYPES.includes(e.cfnType) && isObj(e.props));
    for (const e of entries) {
      if (e.cfnType !== 'AWS::WAFv2::WebACLAssociation' || !isObj(e.props)) continue;
      const arn = this.arnText(e.props.ResourceArn, 0);
      if (arn === undefined) {
        this.unresolvedWebAclAssociation = true;
        continue;
      }
      const m = /\/restapis\/([^/]+)\/stages\/([^/]+)$/.exec(arn);
      if (!m) {
        if (arn.includes(':apigateway:')) this.unresolvedWebAclAssociation = true;
        continue;
      }
      const [, api, stage] = m;
      for (const s of stages) {
        const props = s.props as Record<string, unknown>;
        const sam = s.cfnType === 'AWS::Serverless::Api';
        const apiOf = sam ? `ref:${s.id}` : props.RestApiId;
        const names = [props.StageName, sam ? `ref:${s.id}.Stage` : `ref:${s.id}`];
        if (apiOf === api && names.includes(stage)) this.add('waf-association', s.id, e);
      }
    }
  }

  /** An ARN as text, references as `ref:X` and pseudo parameters and parameters as `{name}`. */
  private arnText(value: unknown, depth: number): string | undefined {
    if (typeof value === 'string') return value;
    if (!isUnknown(value) || depth > 4) return undefined;
    const origin = this.resolver.origins.get(value);
    if (origin?.kind === 'pseudo') return `{${origin.name}}`;
    if (origin?.kind === 'parameter') return `{parameter ${origin.name}}`;
    if (origin?.kind !== 'parts') return undefined;
    let out = '';
    for (const p of origin.parts) {
      const t = 'text' in p ? p.text : 'ref' in p ? `ref:${p.ref}${p.attr === undefined ? '' : `.${p.attr}`}` : this.arnText(p.unknown, depth + 1);
      if (t === undefined) return undefined;
      out += t;
    }
    return out;
  }

  /** The resources of `kind` that belong to `owner`, in template order. */
  of(kind: LinkKind, owner: string): Entry[] {
    return this.links.get(`${kind}\u0000${owner}`) ?? [];
  }

  /**
   * The targets of `e` (a BucketPolicy, QueuePolicy, Permission...) that are not resources of
   * the template (a literal name or ARN, an imported value, a parameter), as text for messages:
   * such a resource is then also judged on its own, as a policy-only resource of its target's
   * type. A name behind Fn::If counts as external only in the branches that name no resource.
   * Empty when `e` also names a resource of the template outright (not behind Fn::If): that
   * resource carries the policy and judges it, so the policy is reported once.
   */
  externalTargets(e: Entry): string[] {
    const out: string[] = [];
    for (const rule of RULES) {
      if (!rule.from.includes(e.cfnType)) continue;
      const value = isObj(e.props) ? e.props[rule.key] : undefined;
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (this.target(v, rule.to) !== undefined) return [];
        out.push(...this.outside(v, rule.to));
      }
    }
    return [...new Set(out)];
  }

  private outside(value: unknown, types: string[]): string[] {
    if (value === NO_VALUE) return [];
    const origin = isUnknown(value) ? this.resolver.origins.get(value) : undefined;
    if (origin?.kind === 'branches') return origin.values.flatMap((v) => this.outside(v, types));
    return this.target(value, types) === undefined ? [this.describe(value)] : [];
  }

  /** A target name as written, quoted (`${Parameter}` for inputs), else what it comes from. */
  private describe(value: unknown): string {
    const origin = isUnknown(value) ? this.resolver.origins.get(value) : undefined;
    if (origin?.kind === 'import') return 'an imported value';
    const segments = this.segments(value);
    if (!segments) return 'a value known only when deployed';
    return `'${segments.map((s) => ('text' in s ? s.text : `\${${s.input.replace(/^parameter |^ref:/, '')}}`)).join('')}'`;
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  /** `linked` belongs to `owner` only in some branches of an Fn::If. */
  isMaybe(owner: string, linked: string): boolean {
    return this.maybes.has(`${owner}\u0000${linked}`);
  }

  /** What a value may point at: itself, or each branch of an Fn::If on an unknown condition. */
  private targets(value: unknown, types: string[]): { ids: string[]; maybe: boolean } {
    const origin = isUnknown(value) ? this.resolver.origins.get(value) : undefined;
    if (origin?.kind !== 'branches') {
      const id = this.target(value, types);
      return { ids: id ? [id] : [], maybe: false };
    }
    const ids = origin.values.flatMap((v) => this.targets(v, types).ids);
    return { ids: [...new Set(ids)], maybe: true };
  }

  /** The logical id a value points at, when it is one of `types`. */
  target(value: unknown, types: string[]): string | undefined {
    const ref = typeof value === 'string' ? this.resolver.refOf(value) : undefined;
    if (ref) return types.includes(this.byId.get(ref.ref)?.cfnType ?? '') ? ref.ref : undefined;
    const segments = this.segments(value);
    if (!segments) return undefined;
    for (const t of types) {
      // A function may be named by its ARN or partial ARN.
      const name = this.key(FUNCTION_TYPES.includes(t) ? functionName(segments) : segments);
      const id = name === undefined ? undefined : this.names.get(t)?.get(name);
      if (id) return id;
    }
    return undefined;
  }

  /**
   * A name as literal text and named inputs (parameters, pseudo parameters, resource
   * references), or undefined when it depends on anything else.
   */
  private segments(value: unknown): Segment[] | undefined {
    if (typeof value === 'string') return this.resolver.isSymbolic(value) ? undefined : [{ text: value }];
    if (!isUnknown(value)) return undefined;
    const origin = this.resolver.origins.get(value);
    if (origin?.kind === 'parameter') return [{ input: `parameter ${origin.name}` }];
    if (origin?.kind === 'pseudo') return [{ input: origin.name }];
    if (origin?.kind !== 'parts') return undefined;
    const out: Segment[] = [];
    for (const part of origin.parts) {
      const one = partSegments(part, (u) => this.segments(u));
      if (!one) return undefined;
      out.push(...one);
    }
    return out;
  }

  /** Equal for two names exactly when they are the same text of the same inputs. */
  private key(segments: Segment[] | undefined): string | undefined {
    if (!segments) return undefined;
    const merged: Segment[] = [];
    for (const s of segments) {
      const last = merged[merged.length - 1];
      if ('text' in s && last && 'text' in last) merged[merged.length - 1] = { text: last.text + s.text };
      else if (!('text' in s) || s.text !== '') merged.push(s);
    }
    return merged.length === 0 ? undefined : JSON.stringify(merged);
  }

  private add(kind: LinkKind, owner: string, e: Entry, maybe = false): void {
    const key = `${kind}\u0000${owner}`;
    const list = this.links.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    this.links.set(key, list);
    if (maybe) this.maybes.add(`${owner}\u0000${e.id}`);
  }

  /** A customer managed policy listed in a role's (user's, group's) ManagedPolicyArns. */
  private linkManagedPolicies(entries: Entry[]): void {
    const owners = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
    for (const e of entries) {
      if (!owners.includes(e.cfnType) || !isObj(e.props) || !Array.isArray(e.props.ManagedPolicyArns)) continue;
      for (const arn of e.props.ManagedPolicyArns) {
        const policy = this.target(arn, ['AWS::IAM::ManagedPolicy']);
        if (policy) this.add('iam-policy', e.id, this.byId.get(policy)!);
      }
    }
  }

  /**
   * A function's log group: named in its LoggingConfig, else the one named /aws/lambda/<name>,
   * else the Custom::LogRetention (CDK's `logRetention`) naming /aws/lambda/<name>.
   */
  private linkLogGroups(entries: Entry[]): void {
    for (const e of entries) {
      if (!FUNCTION_TYPES.includes(e.cfnType) || !isObj(e.props)) continue;
      const config = e.props.LoggingConfig;
      const group = isObj(config) ? this.target(config.LogGroup, ['AWS::Logs::LogGroup']) : undefined;
      if (group) this.add('function-log-group', e.id, this.byId.get(group)!);
    }
    for (const type of ['AWS::Logs::LogGroup', LOG_RETENTION_TYPE]) {
      for (const e of entries) {
        if (e.cfnType !== type || !isObj(e.props)) continue;
        const fn = this.lambdaOfLogGroupName(e.props.LogGroupName);
        if (fn && this.of('function-log-group', fn).length === 0) this.add('function-log-group', fn, e);
      }
    }
  }

  private lambdaOfLogGroupName(name: unknown): string | undefined {
    if (typeof name === 'string') {
      return name.startsWith(LAMBDA_LOG_PREFIX) ? this.target(name.slice(LAMBDA_LOG_PREFIX.length), FUNCTION_TYPES) : undefined;
    }
    const segments = this.segments(name);
    const prefix = segments?.[0];
    if (!segments || !prefix || !('text' in prefix) || !prefix.text.startsWith(LAMBDA_LOG_PREFIX)) return undefined;
    const key = this.key([{ text: prefix.text.slice(LAMBDA_LOG_PREFIX.length) }, ...segments.slice(1)]);
    return key === undefined ? undefined : FUNCTION_TYPES.map((t) => this.names.get(t)?.get(key)).find((id) => id !== undefined);
  }
}

/** A piece of a name: literal text, or an input (parameter, pseudo parameter, resource reference). */
type Segment = { text: string } | { input: string };

function partSegments(part: Part, inner: (u: Unknown) => Segment[] | undefined): Segment[] | undefined {
  if ('text' in part) return [{ text: part.text }];
  if ('ref' in part) return [{ input: `ref:${part.ref}${part.attr === undefined ? '' : `.${part.attr}`}` }];
  return inner(part.unknown);
}

/** The function name in a function ARN or partial ARN (`…:function:name[:qualifier]`). */
function functionName(segments: Segment[]): Segment[] {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (!('text' in s)) continue;
    const at = s.text.lastIndexOf(':function:');
    if (at < 0) continue;
    const rest = [{ text: s.text.slice(at + ':function:'.length) }, ...segments.slice(i + 1)];
    // A qualifier (`:alias`, `:1`) follows the name.
    const end = rest.findIndex((r) => 'text' in r && r.text.includes(':'));
    if (end < 0) return rest;
    const cut = rest[end] as { text: string };
    return [...rest.slice(0, end), { text: cut.text.slice(0, cut.text.indexOf(':')) }];
  }
  return segments;
}
