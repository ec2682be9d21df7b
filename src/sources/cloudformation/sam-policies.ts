/**
 * What a SAM function's `Policies` grant, in CloudFormation terms: the role the SAM transform
 * creates for a function without `Role` (`<LogicalId>Role`) holds AWSLambdaBasicExecutionRole
 * (plus the managed policies its tracing, VPC and poll events need), each managed policy named
 * by name or ARN, each inline document, and each policy template expanded to its statements.
 * The statements below are written from the published meaning of each template (the actions it
 * allows on the resource its parameter names); a template not in this table is reported, and
 * its grant is not analyzed.
 */
import { newObj, type Obj } from './tree.js';

/** AWS managed policies that live under the `service-role/` path. */
const SERVICE_ROLE_POLICIES = new Set([
  'AWSLambdaBasicExecutionRole',
  'AWSLambdaVPCAccessExecutionRole',
  'AWSLambdaDynamoDBExecutionRole',
  'AWSLambdaKinesisExecutionRole',
  'AWSLambdaSQSQueueExecutionRole',
  'AWSLambdaMSKExecutionRole',
  'AWSLambdaRole',
  'AWSLambdaENIManagementAccess',
  'AWSConfigRulesExecutionRole',
]);

/** The ARN of an AWS managed policy given by name, as SAM writes it (the commercial partition). */
export function managedPolicyArn(name: string): string {
  return `arn:aws:iam::aws:policy/${SERVICE_ROLE_POLICIES.has(name) ? 'service-role/' : ''}${name}`;
}

const ARN = 'arn:${AWS::Partition}';
const REGIONAL = 'arn:${AWS::Partition}:${SERVICE}:${AWS::Region}:${AWS::AccountId}';

interface TemplateStatement {
  actions: string[];
  /** ARN patterns; `${param}` is the template parameter, `${SERVICE}` the service of the first action. */
  resources: string[];
}

interface PolicyTemplate {
  /** Parameters, in SAM's spelling; the ARN patterns name them in camel case. */
  params: string[];
  statements: TemplateStatement[];
}

const s3Object = `${ARN}:s3:::\${bucketName}/*`;
const s3Bucket = `${ARN}:s3:::\${bucketName}`;
const table = `${REGIONAL}:table/\${tableName}`;
const tableIndexes = `${REGIONAL}:table/\${tableName}/index/*`;
const S3_READ = ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:GetLifecycleConfiguration'];
const S3_WRITE = ['s3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration'];
const DDB_READ = ['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'];
const DDB_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'];

const TEMPLATES: Record<string, PolicyTemplate> = {
  S3ReadPolicy: { params: ['BucketName'], statements: [{ actions: S3_READ, resources: [s3Bucket, s3Object] }] },
  S3WritePolicy: { params: ['BucketName'], statements: [{ actions: S3_WRITE, resources: [s3Bucket, s3Object] }] },
  S3CrudPolicy: { params: ['BucketName'], statements: [{ actions: [...S3_READ, ...S3_WRITE, 's3:DeleteObject'], resources: [s3Bucket, s3Object] }] },
  S3FullAccessPolicy: {
    params: ['BucketName'],
    statements: [
      {
        actions: ['s3:GetObject', 's3:GetObjectAcl', 's3:GetObjectVersion', 's3:PutObject', 's3:PutObjectAcl', 's3:DeleteObject', 's3:DeleteObjectTagging', 's3:DeleteObjectVersionTagging', 's3:GetObjectTagging', 's3:GetObjectVersionTagging', 's3:PutObjectTagging'],
        resources: [s3Object],
      },
      { actions: ['s3:ListBucket', 's3:GetBucketLocation', 's3:GetLifecycleConfiguration', 's3:PutLifecycleConfiguration'], resources: [s3Bucket] },
    ],
  },
  DynamoDBReadPolicy: { params: ['TableName'], statements: [{ actions: DDB_READ, resources: [table, tableIndexes] }] },
  DynamoDBWritePolicy: { params: ['TableName'], statements: [{ actions: DDB_WRITE, resources: [table, tableIndexes] }] },
  DynamoDBCrudPolicy: {
    params: ['TableName'],
    statements: [{ actions: [...DDB_READ, ...DDB_WRITE, 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'], resources: [table, tableIndexes] }],
  },
  SQSSendMessagePolicy: { params: ['QueueName'], statements: [{ actions: ['sqs:SendMessage*'], resources: [`${REGIONAL}:\${queueName}`] }] },
  SQSPollerPolicy: {
    params: ['QueueName'],
    statements: [
      {
        actions: ['sqs:ChangeMessageVisibility', 'sqs:ChangeMessageVisibilityBatch', 'sqs:DeleteMessage', 'sqs:DeleteMessageBatch', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'],
        resources: [`${REGIONAL}:\${queueName}`],
      },
    ],
  },
  SNSPublishMessagePolicy: { params: ['TopicName'], statements: [{ actions: ['sns:Publish'], resources: [`${REGIONAL}:\${topicName}`] }] },
  LambdaInvokePolicy: { params: ['FunctionName'], statements: [{ actions: ['lambda:InvokeFunction'], resources: [`${REGIONAL}:function:\${functionName}*`] }] },
  StepFunctionsExecutionPolicy: { params: ['StateMachineName'], statements: [{ actions: ['states:StartExecution'], resources: [`${REGIONAL}:stateMachine:\${stateMachineName}`] }] },
  EventBridgePutEventsPolicy: { params: ['EventBusName'], statements: [{ actions: ['events:PutEvents'], resources: [`${REGIONAL}:event-bus/\${eventBusName}`] }] },
  SSMParameterReadPolicy: {
    params: ['ParameterName'],
    statements: [
      { actions: ['ssm:DescribeParameters'], resources: ['*'] },
      { actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'], resources: [`${REGIONAL}:parameter/\${parameterName}`] },
    ],
  },
  AWSSecretsManagerGetSecretValuePolicy: { params: ['SecretArn'], statements: [{ actions: ['secretsmanager:GetSecretValue'], resources: ['${secretArn}'] }] },
  KMSDecryptPolicy: { params: ['KeyId'], statements: [{ actions: ['kms:Decrypt'], resources: [`${REGIONAL}:key/\${keyId}`] }] },
  KMSEncryptPolicy: { params: ['KeyId'], statements: [{ actions: ['kms:Encrypt'], resources: [`${REGIONAL}:key/\${keyId}`] }] },
  SNSCrudPolicy: {
    params: ['TopicName'],
    statements: [{ actions: ['sns:ListSubscriptionsByTopic', 'sns:CreateTopic', 'sns:SetTopicAttributes', 'sns:Subscribe', 'sns:Publish'], resources: [`${REGIONAL}:\${topicName}*`] }],
  },
  KinesisStreamReadPolicy: {
    params: ['StreamName'],
    statements: [
      { actions: ['kinesis:ListStreams', 'kinesis:DescribeLimits'], resources: [`${REGIONAL}:stream/*`] },
      { actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator'], resources: [`${REGIONAL}:stream/\${streamName}`] },
    ],
  },
  DynamoDBStreamReadPolicy: {
    params: ['TableName', 'StreamName'],
    statements: [
      { actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resources: [`${REGIONAL}:table/\${tableName}/stream/\${streamName}`] },
      { actions: ['dynamodb:ListStreams'], resources: [`${REGIONAL}:table/\${tableName}/stream/*`] },
    ],
  },
  SSMParameterWithSlashPrefixReadPolicy: {
    params: ['ParameterName'],
    statements: [
      { actions: ['ssm:DescribeParameters'], resources: ['*'] },
      { actions: ['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'], resources: [`${REGIONAL}:parameter\${parameterName}`] },
    ],
  },
  AMIDescribePolicy: { params: [], statements: [{ actions: ['ec2:DescribeImages'], resources: ['*'] }] },
  EC2DescribePolicy: { params: [], statements: [{ actions: ['ec2:DescribeRegions', 'ec2:DescribeInstances'], resources: ['*'] }] },
  CloudWatchPutMetricPolicy: { params: [], statements: [{ actions: ['cloudwatch:PutMetricData'], resources: ['*'] }] },
  VPCAccessPolicy: {
    params: [],
    statements: [{ actions: ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DetachNetworkInterface'], resources: ['*'] }],
  },
};

export const isPolicyTemplate = (name: string): boolean => Object.hasOwn(TEMPLATES, name);

/** The templates known here, with their parameters (for tests and documentation). */
export const POLICY_TEMPLATES: ReadonlyArray<{ name: string; params: readonly string[] }> = Object.entries(TEMPLATES).map(([name, t]) => ({ name, params: t.params }));

const camel = (param: string): string => param[0]!.toLowerCase() + param.slice(1);

/**
 * The statements of template `name` with `args` (the template's mapping as written, its values
 * raw template values), as a raw policy document, or a list of the missing parameters.
 */
export function expandTemplate(name: string, args: unknown): { doc: Obj } | { missing: string[] } {
  const t = TEMPLATES[name]!;
  const given = typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Obj) : newObj();
  const missing = t.params.filter((p) => given[p] === undefined || given[p] === null);
  if (missing.length > 0) return { missing };
  const doc = newObj();
  doc.Version = '2012-10-17';
  doc.Statement = t.statements.map((s) => {
    const statement = newObj();
    statement.Effect = 'Allow';
    statement.Action = s.actions;
    const service = s.actions[0]!.slice(0, s.actions[0]!.indexOf(':'));
    statement.Resource = s.resources.map((pattern) => {
      const text = pattern.replaceAll('${SERVICE}', service);
      if (!text.includes('${')) return text;
      const vars = newObj();
      for (const p of t.params) if (text.includes(`\${${camel(p)}}`)) vars[camel(p)] = given[p];
      const sub = newObj();
      sub['Fn::Sub'] = [text, vars];
      return sub;
    });
    return statement;
  });
  return { doc };
}
