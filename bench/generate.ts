/**
 * Deterministic benchmark inputs: the same seed writes the same bytes on every machine.
 *
 * - W1: CDK-style JSON templates (50 resources each: buckets, keys, roles with inline policies,
 *   functions, queues, topics, tables, log groups, security groups; `aws:cdk:path` metadata,
 *   the bootstrap parameter and rule, outputs).
 * - YAML twin: the same templates written as YAML.
 * - Compose: one file of N services, or N/10 projects of 10 services each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a tiny seeded generator, enough for varied but reproducible inputs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, r: () => number): string => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('').toUpperCase();

const KINDS = ['Data', 'Key', 'Role', 'Fn', 'Queue', 'Topic', 'Table', 'Logs', 'Sg', 'Policy'];

/**
 * Resource `i` of a template, of kind `i % 10`; `ids` are the template's logical ids, so that a
 * reference names a resource of the template as cdk synth's do: a function's role is the role
 * before it, a topic's key the key four before it, a policy's queue and role five and seven before.
 */
function cdkResource(stack: string, ids: string[], i: number, r: () => number): [string, Record<string, unknown>] {
  const kind = i % 10;
  const id = ids[i]!;
  const ref = (back: number): string => ids[i - back]!;
  const meta = { 'aws:cdk:path': `${stack}/${id}/Resource` };
  const on = r() < 0.5;
  const types: Array<() => Record<string, unknown>> = [
    () => ({ Type: 'AWS::S3::Bucket', Properties: on ? { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] }, VersioningConfiguration: { Status: 'Enabled' }, PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }, Tags: [{ Key: 'owner', Value: 'team' }] } : { Tags: [{ Key: 'aws-cdk:auto-delete-objects', Value: 'true' }] }, UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' }),
    () => ({ Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: on, KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } }, Action: 'kms:*', Resource: '*' }] } } }),
    () => ({ Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] }], Policies: [{ PolicyName: 'inline', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: on ? ['s3:GetObject*', 's3:List*', `dynamodb:${['Get', 'Put', 'Query'][i % 3]}*`] : ['iam:PassRole'], Resource: on ? `arn:aws:s3:::bucket-${hex(6, r).toLowerCase()}/*` : '*' }] } }] } }),
    () => ({ Type: 'AWS::Lambda::Function', Properties: { Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, S3Key: `${hex(64, r).toLowerCase()}.zip` }, Role: { 'Fn::GetAtt': [ref(1), 'Arn'] }, Handler: 'index.handler', Runtime: on ? 'nodejs20.x' : 'nodejs14.x', MemorySize: 256, Timeout: 30, Environment: { Variables: { TABLE: `table-${i}`, LOG_LEVEL: 'info' } }, ...(on ? { TracingConfig: { Mode: 'Active' } } : {}) } }),
    () => ({ Type: 'AWS::SQS::Queue', Properties: on ? { KmsMasterKeyId: 'alias/aws/sqs', VisibilityTimeout: 60 } : { VisibilityTimeout: 30 }, UpdateReplacePolicy: 'Delete', DeletionPolicy: 'Delete' }),
    () => ({ Type: 'AWS::SNS::Topic', Properties: on ? { KmsMasterKeyId: { 'Fn::GetAtt': [ref(4), 'Arn'] }, TopicName: `topic-${i}` } : { TopicName: `topic-${i}` } }),
    () => ({ Type: 'AWS::DynamoDB::Table', Properties: { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST', ...(on ? { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, SSESpecification: { SSEEnabled: true } } : {}) }, UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' }),
    () => ({ Type: 'AWS::Logs::LogGroup', Properties: on ? { RetentionInDays: 30, LogGroupName: `/aws/lambda/fn-${i}` } : { LogGroupName: `/aws/lambda/fn-${i}` } }),
    () => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: `${stack}/${id}`, VpcId: { 'Fn::ImportValue': 'SharedVpcId' }, SecurityGroupIngress: [{ CidrIp: on ? '10.0.0.0/16' : '0.0.0.0/0', IpProtocol: 'tcp', FromPort: on ? 443 : 22, ToPort: on ? 443 : 22, Description: 'ingress' }], SecurityGroupEgress: [{ CidrIp: '0.0.0.0/0', IpProtocol: '-1', Description: 'Allow all outbound traffic by default' }] } }),
    () => ({ Type: 'AWS::IAM::Policy', Properties: { PolicyName: `${id}Policy`, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], Resource: { 'Fn::GetAtt': [ref(5), 'Arn'] } }, { Effect: 'Allow', Action: on ? 'logs:*' : '*', Resource: '*' }] }, Roles: [{ Ref: ref(7) }] } }),
  ];
  return [id, { ...types[kind]!(), Metadata: meta }];
}

/** One CDK-style template of `resources` resources. */
export function cdkTemplate(n: number, resources = 50): Record<string, unknown> {
  const r = rng(1000 + n);
  const stack = `Service${n}Stack`;
  const out: Record<string, unknown> = {};
  const ids = Array.from({ length: resources }, (_, i) => `${KINDS[i % 10]}${i}${hex(8, r)}`);
  for (let i = 0; i < resources; i++) {
    const [id, res] = cdkResource(stack, ids, i, r);
    out[id] = res;
  }
  out.CDKMetadata = { Type: 'AWS::CDK::Metadata', Properties: { Analytics: `v2:deflate64:${hex(400, r)}` }, Metadata: { 'aws:cdk:path': `${stack}/CDKMetadata/Default` } };
  return {
    Description: `Service ${n} (generated for the Palisade benchmark)`,
    Resources: out,
    Outputs: { Endpoint: { Value: { 'Fn::GetAtt': [Object.keys(out)[0], 'Arn'] } } },
    Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version', Description: 'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]' } },
    Rules: { CheckBootstrapVersion: { Assertions: [{ Assert: { 'Fn::Not': [{ 'Fn::Contains': [['1', '2', '3', '4', '5'], { Ref: 'BootstrapVersion' }] }] }, AssertDescription: "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI." }] } },
  };
}

/** `count` JSON templates (as `cdk synth` writes them: indented by one space) under dir. */
export function writeCdkTemplates(dir: string, count: number, format: 'json' | 'yaml' = 'json'): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const t = cdkTemplate(n);
    const file = join(dir, `Service${n}Stack.template.${format}`);
    writeFileSync(file, format === 'json' ? JSON.stringify(t, null, 1) : `AWSTemplateFormatVersion: "2010-09-09"\n${stringify(t, { lineWidth: 0 })}`);
    files.push(file);
  }
  return files;
}

function composeService(i: number): string {
  const r = rng(7 + i);
  const store = i % 7 === 3;
  const lines = [
    `  svc${i}:`,
    `    image: ${store ? 'postgres:16' : i % 3 === 0 ? 'nginx:latest' : `registry.example.com/app/svc${i}:1.${i % 10}`}`,
    `    restart: ${i % 11 === 0 ? 'no' : 'unless-stopped'}`,
    `    privileged: ${r() < 0.1}`,
    '    ports:',
    `      - "${10000 + i}:${store ? 5432 : 8080}"`,
    '    environment:',
    `      LOG_LEVEL: info`,
    `      ${store ? 'POSTGRES_PASSWORD' : 'API_TOKEN'}: "${hex(16, r).toLowerCase()}"`,
  ];
  if (i % 10 !== 0) lines.push('    depends_on:', `      svc${i - (i % 10)}:`, '        condition: service_started');
  if (r() < 0.5) lines.push('    healthcheck:', '      test: ["CMD", "true"]', '    deploy:', '      resources:', '        limits:', '          memory: 256m', '          cpus: "0.5"');
  return lines.join('\n');
}

/** One Compose file of `services` services. */
export function composeFile(services: number, offset = 0): string {
  return `services:\n${Array.from({ length: services }, (_, i) => composeService(offset + i)).join('\n')}\n`;
}

/** Compose under dir: one file of `services`, or projects of `perFile` services each. */
export function writeCompose(dir: string, services: number, perFile = services): string[] {
  const files: string[] = [];
  for (let p = 0; p * perFile < services; p++) {
    const d = perFile === services ? dir : join(dir, `project${p}`);
    mkdirSync(d, { recursive: true });
    const file = join(d, 'compose.yaml');
    // The same services either way (a service depends on the first of its ten): identical findings.
    writeFileSync(file, composeFile(Math.min(perFile, services - p * perFile), p * perFile));
    files.push(file);
  }
  return files;
}
