/**
 * Seeds a moto server only through AWS APIs: the problems the live scan must find and compliant
 * twins that must yield nothing high or critical.
 */
import { S3Client, CreateBucketCommand, PutBucketPolicyCommand, PutPublicAccessBlockCommand, PutBucketEncryptionCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import { IAMClient, CreateRoleCommand, AttachRolePolicyCommand, CreatePolicyCommand, CreateUserCommand, CreateLoginProfileCommand, CreateAccessKeyCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { MOTO_ACCOUNT } from './moto.js';

const creds = { accessKeyId: 'testing', secretAccessKey: 'testing', sessionToken: 'testing' };
const client = <C>(Ctor: new (c: object) => C, endpoint: string, region = 'us-east-1'): C => new Ctor({ region, endpoint, credentials: creds, forcePathStyle: true });

export const SEEDED = {
  publicBucket: 'palisade-public-assets',
  privateBucket: 'palisade-private-data',
  adminRole: 'palisade-admin',
  readRole: 'palisade-reader',
  consoleUser: 'alice-console',
  apiUser: 'bob-deploy',
  arn: {
    publicBucket: 'arn:aws:s3:::palisade-public-assets',
    adminRole: `arn:aws:iam::${MOTO_ACCOUNT}:role/palisade-admin`,
    consoleUser: `arn:aws:iam::${MOTO_ACCOUNT}:user/alice-console`,
  },
};

const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

export async function startRecorder(endpoint: string, region: string): Promise<void> {
  const s3 = client(S3Client, endpoint, region);
  const config = client(ConfigServiceClient, endpoint, region);
  const bucket = `palisade-config-${region}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket, ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as never } }) }));
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: bucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
  await config.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: `arn:aws:iam::${MOTO_ACCOUNT}:role/config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
  await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: bucket } }));
  await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
}

export async function seed(endpoint: string, regions: string[] = ['us-east-1']): Promise<void> {
  const s3 = client(S3Client, endpoint);
  const iam = client(IAMClient, endpoint);
  for (const r of regions) await startRecorder(endpoint, r);

  // A bucket anyone can read.
  await s3.send(new CreateBucketCommand({ Bucket: SEEDED.publicBucket }));
  await s3.send(new PutBucketPolicyCommand({ Bucket: SEEDED.publicBucket, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${SEEDED.arn.publicBucket}/*` }] }) }));
  // Its twin: blocked, encrypted, versioned.
  await s3.send(new CreateBucketCommand({ Bucket: SEEDED.privateBucket }));
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: SEEDED.privateBucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
  await s3.send(new PutBucketEncryptionCommand({ Bucket: SEEDED.privateBucket, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } }));
  await s3.send(new PutBucketVersioningCommand({ Bucket: SEEDED.privateBucket, VersioningConfiguration: { Status: 'Enabled' } }));

  // A role with full admin rights, and its read-only twin.
  await iam.send(new CreateRoleCommand({ RoleName: SEEDED.adminRole, AssumeRolePolicyDocument: trust }));
  await iam.send(new PutRolePolicyCommand({ RoleName: SEEDED.adminRole, PolicyName: 'everything', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));
  await iam.send(new CreateRoleCommand({ RoleName: SEEDED.readRole, AssumeRolePolicyDocument: trust }));
  const p = await iam.send(new CreatePolicyCommand({ PolicyName: 'read-private-data', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${SEEDED.privateBucket}/*` }] }) }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: SEEDED.readRole, PolicyArn: p.Policy!.Arn! }));

  // A console user without MFA, with an access key; an API-only user without a console password.
  await iam.send(new CreateUserCommand({ UserName: SEEDED.consoleUser }));
  await iam.send(new CreateLoginProfileCommand({ UserName: SEEDED.consoleUser, Password: 'Correct-Horse-9-Battery' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: SEEDED.consoleUser }));
  await iam.send(new CreateUserCommand({ UserName: SEEDED.apiUser }));
  s3.destroy();
  iam.destroy();
}
