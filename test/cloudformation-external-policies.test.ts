// Policy resources whose target is not in the template (issue 10): a BucketPolicy, QueuePolicy,
// TopicPolicy, Lambda Permission or Url naming a literal, an imported value or a parameter is a
// policy-only resource of the target's type; one naming a resource of the template is folded
// into it and is no resource of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../src/model/resource.js';
import { loadText } from './helpers/cloudformation.js';
import { scanPaths } from './helpers/scan.js';

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
`;

test('a policy naming a resource of the template is folded into it, not a resource of its own', () => {
  const t = loadText('external.yaml', TEMPLATE);
  assert.deepEqual(t.errors, []);
  const names = t.resources.map((r) => r.name).sort();
  assert.ok(!names.includes('LocalPolicy'));
  assert.ok(!names.includes('MixedQueuePolicy'));
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
