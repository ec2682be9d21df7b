/**
 * Policy-only resources: a BucketPolicy, QueuePolicy, TopicPolicy, Lambda Permission or Url
 * whose target is not in the template (a literal name or ARN, an imported value, a parameter)
 * becomes a resource of its target's model type that holds only what the policy resource sets;
 * every other field is Unknown (the target's own settings are elsewhere), so the rules that
 * judge the target's policy judge it, once, at the policy resource's lines, and no other rule
 * reports. A target that is in the template carries the policy itself (see links.ts); a policy
 * naming both one of the template and one outside is judged once, on the template's. Findings
 * on a policy-only resource name its outside targets (FileProvenance.policyOf).
 */
import type { LambdaFunction, S3Bucket, SnsTopic, SqsQueue } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { lambdaPermission } from './lambda.js';

const elsewhere = (what: string): Unknown => unknown(`${what} is not in the template`);

export function externalBucketPolicy(n: Norm): Loose<S3Bucket> {
  const u = () => elsewhere('the bucket');
  return {
    bucket_name: n.props.str('bucket_name', 'Bucket') ?? u(),
    encryption: { configured: u(), algorithm: u(), kms_key_id: u(), bucket_key: u() },
    versioning: { enabled: u(), mfa_delete: u() },
    public_access_block: u(),
    acl: u(),
    logging: { enabled: u(), target_bucket: u() },
    object_lock: u(),
    policy: n.policy(n.props.any('policy', 'PolicyDocument')),
    website: u(),
  } as Loose<S3Bucket>;
}

export function externalQueuePolicy(n: Norm): Loose<SqsQueue> {
  const u = () => elsewhere('the queue');
  return {
    encryption: { enabled: u(), kms_key_id: u() },
    policy: n.policy(n.props.any('policy', 'PolicyDocument')),
  };
}

export function externalTopicPolicy(n: Norm): Loose<SnsTopic> {
  return {
    kms_key_id: elsewhere('the topic'),
    policy: n.policy(n.props.any('policy', 'PolicyDocument')),
  };
}

function externalFunction(): Omit<Loose<LambdaFunction>, 'url' | 'permissions'> {
  const u = () => elsewhere('the function');
  return {
    function_name: u(),
    runtime: u(),
    role: u(),
    environment: u(),
    kms_key_id: u(),
    tracing: u(),
    in_vpc: u(),
    reserved_concurrency: u(),
    dead_letter: u(),
    code_signing: u(),
    log_group: u(),
  } as Omit<Loose<LambdaFunction>, 'url' | 'permissions'>;
}

export function externalFunctionPermission(n: Norm): Loose<LambdaFunction> {
  return { ...externalFunction(), url: null, permissions: [lambdaPermission(n.props.at('properties.permissions.0'))] };
}

export function externalFunctionUrl(n: Norm): Loose<LambdaFunction> {
  return { ...externalFunction(), url: { auth_type: n.props.at('properties.url').str('auth_type', 'AuthType') ?? unknown('the Url has no AuthType') }, permissions: [] };
}
