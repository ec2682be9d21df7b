/**
 * The normalized shape of AWS resources, as policies see them in `properties`. One shape per
 * type, whatever the source: a CloudFormation/CDK template and an AWS Config item normalize to
 * the same fields, so a rule like "S3 buckets are encrypted" is written once.
 *
 * Conventions
 * - Field names are snake_case. Booleans mean what AWS would do: a template that omits a setting
 *   gets the AWS default for it (documented per field), never `undefined`.
 * - Any value may be `Unknown` (`{"$unknown": reason}`) when it cannot be known statically
 *   (Fn::If, Fn::ImportValue, a parameter without a default). Rules never report on unknowns.
 * - Resource references are kept as strings: an ARN, a name, or `ref:<LogicalId>` when it points
 *   at another resource of the same template.
 *   `ref:<LogicalId>` is Ref (the resource `<file>#<LogicalId>`), `ref:<LogicalId>.<Attr>` is
 *   Fn::GetAtt. A string built (Fn::Sub, Fn::Join) from literals and references keeps each
 *   reference in place: `${Bucket.Arn}/*` is `ref:Bucket.Arn/*`, so equal expressions compare
 *   equal. A string with any unknown piece (AWS::AccountId, AWS::Region, a parameter without a
 *   default, a dynamic reference `{{resolve:...}}`) is Unknown. AWS::Partition is `aws` and
 *   AWS::URLSuffix `amazonaws.com`.
 * - A list may hold Unknown entries (an item behind Fn::If on an unknown condition), and a list
 *   that is itself unknown is `[Unknown]`; `PolicyDocument.statements` entries included. A rule
 *   that concludes from the absence of an entry must first check that no entry is Unknown.
 * - Linked resources are folded in: a bucket carries its BucketPolicy, a function its Url,
 *   Permissions and log group, a role the AWS::IAM::Policy documents attached to it. Their lines
 *   are recorded in the owner's locations so findings point at the linked resource's lines.
 * - A policy resource whose owner is not in the template (a BucketPolicy, QueuePolicy,
 *   TopicPolicy, Lambda Permission or Url naming a literal name or ARN, an imported value, a
 *   parameter) is a policy-only resource of its owner's type, named by its own logical id: it
 *   holds what the policy resource sets (`policy`, `permissions`, `url`) and every other field
 *   is Unknown, so each rule on the owner's policy is written once and judges it at the policy's
 *   lines, and rules on the owner's own settings stay silent. An owner in the template carries
 *   the policy instead (never both). IAM policies need no such resource: every AWS::IAM::Policy
 *   and ManagedPolicy is an `aws.iam.policy` judged on its own whoever it is attached to.
 * - Secret-looking literals (passwords, tokens) are never stored: see `SecretFacts`.
 */
export * from './common.js';
export * from './s3.js';
export * from './opensearch.js';
export * from './lambda.js';
export * from './iam.js';
export * from './kms.js';
export * from './cloudtrail.js';
export * from './logs.js';
export * from './sqs.js';
export * from './sns.js';
export * from './dynamodb.js';
export * from './rds.js';
export * from './elasticache.js';
export * from './ec2.js';
export * from './apigateway.js';
export * from './ecr.js';
export * from './elb.js';
export * from './config.js';
export * from './types.js';
export * from './eks.js';
export * from './efs.js';
export * from './redshift.js';
export * from './kinesis.js';
export * from './secretsmanager.js';
export * from './msk.js';
export * from './mq.js';
export * from './template.js';
export * from './docdb.js';
export * from './neptune.js';
export * from './ssm.js';
export * from './ecs.js';
export * from './cloudfront.js';
export * from './wafv2.js';
