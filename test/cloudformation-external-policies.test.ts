// Policy resources whose target is not in the template (issue 10): a BucketPolicy, QueuePolicy,
// TopicPolicy, Lambda Permission or Url naming a literal, an imported value or a parameter is a
// policy-only resource of the target's type; one naming a resource of the template is folded
// into it and is no resource of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../src/model/resource.js';
import { loadText } from './helpers/cloudformation.js';
import { scanPaths } from './helpers/scan.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  UseLocal:
    Type: String
Conditions:
  Local: !Equals [!Ref UseLocal, "yes"]
Resources:
  Assets:
    Type: AWS::S3::Bucket
  LocalPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Assets
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: "*"
  ExternalPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: shared-bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: "*"
  EitherPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !If [Local, !Ref Logs, other-bucket]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: "*"
  Logs:
    Type: AWS::S3::Bucket
  Jobs:
    Type: AWS::SQS::Queue
  MixedQueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Jobs]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: "*"
  Alerts:
    Type: AWS::SNS::Topic
  BothTopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics:
        - !Ref Alerts
        - arn:aws:sns:us-east-1:111122223333:shared-alerts
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sns:Publish
            Resource: "*"
  Tasks:
    Type: AWS::SQS::Queue
  BothQueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Sub "https://sqs.\${AWS::Region}.amazonaws.com/\${AWS::AccountId}/shared"
        - !Ref Tasks
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: "*"
`;

test('a policy naming a resource of the template is folded into it, not a resource of its own', () => {
  const t = loadText('external.yaml', TEMPLATE);
  assert.deepEqual(t.errors, []);
  const names = t.resources.map((r) => r.name).sort();
  assert.ok(!names.includes('LocalPolicy'));
  assert.ok(!names.includes('MixedQueuePolicy'));
  // Naming a resource of the template and an outside one, the policy is judged once, on the resource of the template.
  assert.ok(!names.includes('BothTopicPolicy'));
  assert.ok(!names.includes('BothQueuePolicy'));
  assert.notEqual((t.get('Alerts').properties as any).policy, null);
  assert.notEqual((t.get('Assets').properties as any).policy, null);
  assert.notEqual((t.get('Jobs').properties as any).policy, null);
});

test("a policy naming a bucket outside the template is a policy-only bucket: its policy, every other field Unknown, at the policy's lines", () => {
  const t = loadText('external.yaml', TEMPLATE);
  const r = t.get('ExternalPolicy');
  assert.equal(r.type, 'aws.s3.bucket');
  const p = r.properties as any;
  assert.equal(p.bucket_name, 'shared-bucket');
  assert.equal(p.policy.statements.length, 1);
  for (const v of [p.public_access_block, p.acl, p.versioning.enabled, p.encryption.configured, p.logging.enabled, p.website, p.object_lock]) {
    assert.ok(isUnknown(v), JSON.stringify(v));
  }
  assert.equal(t.at('ExternalPolicy', 'properties.policy')?.line, t.line('ExternalPolicy:') + 4);
});

test('a policy whose target is a bucket of the template in one Fn::If branch and an outside one in the other is judged on both', () => {
  const t = loadText('external.yaml', TEMPLATE);
  assert.equal(t.get('EitherPolicy').type, 'aws.s3.bucket');
  // The bucket of the template reads it as Unknown: it applies only under a condition.
  assert.ok(isUnknown((t.get('Logs').properties as any).policy));
});

test('through the pipeline, a policy-only resource is judged only on its policy: no tag, encryption or versioning finding', async () => {
  const fixtures = [
    'policies/aws/s3/public_policy/fail-external-bucket.yaml',
    'policies/aws/sqs/public_policy/fail-external-queue.yaml',
    'policies/aws/sns/public_policy/fail-external-topic.yaml',
    'policies/aws/lambda/permission_unrestricted/fail-external-function.yaml',
    'policies/aws/lambda/public_url/fail-external-function.yaml',
  ];
  const result = await scanPaths(fixtures, ['Owner']);
  const rules = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  // PAL-S3-006: the policy given is the bucket's only policy, and it does not deny plain HTTP.
  assert.deepEqual(rules, ['PAL-LAMBDA-001', 'PAL-LAMBDA-002', 'PAL-S3-005', 'PAL-S3-006', 'PAL-SNS-002', 'PAL-SQS-002']);
});

test('a policy naming a resource of the template and an outside one reports once per rule, at its own lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-external-'));
  try {
    const file = join(dir, 'external.yaml');
    writeFileSync(file, TEMPLATE);
    const result = await scanPaths([file], []);
    const at = (rule: string, line: number) => result.findings.filter((f) => f.ruleId === rule && f.location?.startLine === line).map((f) => f.resource.name);
    const lines = TEMPLATE.split('\n');
    const principal = (policy: string) => lines.indexOf(`  ${policy}:`) + 1 + 9;
    assert.deepEqual(at('PAL-SNS-002', principal('BothTopicPolicy')), ['Alerts']);
    assert.deepEqual(at('PAL-SQS-002', principal('BothQueuePolicy')), ['Tasks']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a finding on a policy-only resource names the targets the policy applies to', async () => {
  const result = await scanPaths(['policies/aws/s3/public_policy/fail-external-bucket.yaml', 'policies/aws/sqs/public_policy/fail-external-queue.yaml'], []);
  const messages = new Map(result.findings.filter((f) => f.ruleId === 'PAL-S3-005' || f.ruleId === 'PAL-SQS-002').map((f) => [f.resource.name, f.message]));
  assert.equal(messages.get('LiteralPolicy'), "S3 bucket 'LiteralPolicy' has a policy statement that allows public access. LiteralPolicy applies to 'shared-assets-bucket', outside the template.");
  assert.match(messages.get('ImportedPolicy') ?? '', /ImportedPolicy applies to an imported value, outside the template\.$/);
  assert.match(messages.get('ParameterPolicy') ?? '', / ParameterPolicy applies to '\$\{DataBucket\}', outside the template\.$/);
  assert.match(messages.get('SharedQueuePolicy') ?? '', / applies to 'https:\/\/sqs\.us-east-1\.amazonaws\.com\/111122223333\/shared-jobs', '\$\{QueueUrl\}', outside the template\.$/);
});
