/** CloudFormation types that are normalized, and the model type each becomes. */
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { Normalizer } from './context.js';
import type { Fields } from '../fields.js';
import { s3Bucket } from './s3.js';
import { openSearchDomain } from './opensearch.js';
import { lambdaFunction } from './lambda.js';
import { iamGroup, iamPolicy, iamRole, iamUser } from './iam.js';
import { cloudTrail, kmsKey, logGroup } from './security.js';
import { snsTopic, sqsQueue } from './messaging.js';
import { serverlessFunction } from './serverless.js';
import { dynamoDbGlobalTable } from './dynamodb-global.js';
import { dynamoDbTable, elastiCacheReplicationGroup, rdsCluster, rdsInstance } from './data.js';
import { apiGatewayDeploymentStage, apiGatewayStage, apiGatewayV2Stage, createsStage, elbListener, securityGroup, stageDescription, standaloneEgress, standaloneIngress } from './network.js';
import { ecrRepository } from './ecr.js';
import { ec2Instance, ec2LaunchTemplate, ec2Volume } from './ec2.js';
import { eksCluster, eksNodegroup } from './eks.js';
import { efsFileSystem } from './efs.js';
import { redshiftCluster } from './redshift.js';
import { kinesisStream } from './kinesis.js';
import { secretsManagerSecret } from './secretsmanager.js';
import { networkAcl, standaloneNaclEntry, subnet, vpc } from './vpc.js';
import { mskCluster } from './msk.js';
import { mqBroker } from './mq.js';
import { docDbCluster } from './docdb.js';
import { neptuneCluster } from './neptune.js';
import { ssmParameter } from './ssm.js';
import { ecsCluster, ecsService, ecsTaskDefinition } from './ecs.js';
import { cloudFrontDistribution } from './cloudfront.js';
import { classicLoadBalancer, elbLoadBalancer } from './elb.js';
import { launchConfiguration } from './autoscaling.js';
import { wafWebAcl } from './wafv2.js';
import { externalBucketPolicy, externalFunctionPermission, externalFunctionUrl, externalQueuePolicy, externalTopicPolicy } from './external.js';
import { apiGatewayDomainName, apiGatewayMethod, apiGatewayV2DomainName, apiGatewayV2Route } from './apigateway.js';

export interface Normalization {
  type: string;
  normalize: Normalizer;
  /** Whether this resource becomes a model resource at all (default: always). */
  applies?: (props: unknown) => boolean;
  /** Where its Tags are (default: Properties). */
  tagScope?: (props: Fields) => Fields;
  /** Only when it names a target that is not in the template (a policy-only resource, see external.ts). */
  standalone?: boolean;
}

export const NORMALIZERS: Record<string, Normalization> = {
  'AWS::S3::Bucket': { type: AWS_TYPES['s3.bucket'], normalize: s3Bucket },
  'AWS::OpenSearchService::Domain': { type: AWS_TYPES['opensearch.domain'], normalize: openSearchDomain },
  'AWS::Elasticsearch::Domain': { type: AWS_TYPES['opensearch.domain'], normalize: openSearchDomain },
  'AWS::Lambda::Function': { type: AWS_TYPES['lambda.function'], normalize: lambdaFunction },
  'AWS::IAM::Role': { type: AWS_TYPES['iam.role'], normalize: iamRole },
  'AWS::IAM::User': { type: AWS_TYPES['iam.user'], normalize: iamUser },
  'AWS::IAM::Group': { type: AWS_TYPES['iam.group'], normalize: iamGroup },
  'AWS::IAM::Policy': { type: AWS_TYPES['iam.policy'], normalize: iamPolicy },
  'AWS::IAM::ManagedPolicy': { type: AWS_TYPES['iam.policy'], normalize: iamPolicy },
  'AWS::IAM::RolePolicy': { type: AWS_TYPES['iam.policy'], normalize: iamPolicy },
  'AWS::IAM::UserPolicy': { type: AWS_TYPES['iam.policy'], normalize: iamPolicy },
  'AWS::IAM::GroupPolicy': { type: AWS_TYPES['iam.policy'], normalize: iamPolicy },
  'AWS::KMS::Key': { type: AWS_TYPES['kms.key'], normalize: kmsKey },
  'AWS::CloudTrail::Trail': { type: AWS_TYPES['cloudtrail.trail'], normalize: cloudTrail },
  'AWS::Logs::LogGroup': { type: AWS_TYPES['logs.log_group'], normalize: logGroup },
  'AWS::SQS::Queue': { type: AWS_TYPES['sqs.queue'], normalize: sqsQueue },
  'AWS::SNS::Topic': { type: AWS_TYPES['sns.topic'], normalize: snsTopic },
  'AWS::DynamoDB::Table': { type: AWS_TYPES['dynamodb.table'], normalize: dynamoDbTable },
  'AWS::DynamoDB::GlobalTable': { type: AWS_TYPES['dynamodb.table'], normalize: dynamoDbGlobalTable },
  'AWS::Serverless::Function': { type: AWS_TYPES['lambda.function'], normalize: serverlessFunction },
  'AWS::Serverless::SimpleTable': { type: AWS_TYPES['dynamodb.table'], normalize: dynamoDbTable },
  // SAM's Api and HttpApi carry their stage's settings under the Stage's own property names.
  'AWS::Serverless::Api': { type: AWS_TYPES['apigateway.stage'], normalize: apiGatewayStage },
  'AWS::Serverless::HttpApi': { type: AWS_TYPES['apigateway.stage'], normalize: apiGatewayV2Stage },
  'AWS::RDS::DBInstance': { type: AWS_TYPES['rds.instance'], normalize: rdsInstance },
  'AWS::RDS::DBCluster': { type: AWS_TYPES['rds.cluster'], normalize: rdsCluster },
  'AWS::ElastiCache::ReplicationGroup': { type: AWS_TYPES['elasticache.replication_group'], normalize: elastiCacheReplicationGroup },
  'AWS::EC2::SecurityGroup': { type: AWS_TYPES['ec2.security_group'], normalize: securityGroup },
  'AWS::ApiGateway::Stage': { type: AWS_TYPES['apigateway.stage'], normalize: apiGatewayStage },
  'AWS::ApiGateway::Deployment': { type: AWS_TYPES['apigateway.stage'], normalize: apiGatewayDeploymentStage, applies: createsStage, tagScope: stageDescription },
  'AWS::ApiGatewayV2::Stage': { type: AWS_TYPES['apigateway.stage'], normalize: apiGatewayV2Stage },
  'AWS::ECR::Repository': { type: AWS_TYPES['ecr.repository'], normalize: ecrRepository },
  'AWS::ElasticLoadBalancingV2::Listener': { type: AWS_TYPES['elbv2.listener'], normalize: elbListener },
  'AWS::EC2::LaunchTemplate': { type: AWS_TYPES['ec2.launch_template'], normalize: ec2LaunchTemplate },
  'AWS::EC2::Volume': { type: AWS_TYPES['ec2.volume'], normalize: ec2Volume },
  'AWS::EC2::Instance': { type: AWS_TYPES['ec2.instance'], normalize: ec2Instance },
  'AWS::EKS::Cluster': { type: AWS_TYPES['eks.cluster'], normalize: eksCluster },
  'AWS::EKS::Nodegroup': { type: AWS_TYPES['eks.nodegroup'], normalize: eksNodegroup },
  'AWS::EFS::FileSystem': { type: AWS_TYPES['efs.file_system'], normalize: efsFileSystem },
  'AWS::Redshift::Cluster': { type: AWS_TYPES['redshift.cluster'], normalize: redshiftCluster },
  'AWS::Kinesis::Stream': { type: AWS_TYPES['kinesis.stream'], normalize: kinesisStream },
  'AWS::SecretsManager::Secret': { type: AWS_TYPES['secretsmanager.secret'], normalize: secretsManagerSecret },
  'AWS::EC2::VPC': { type: AWS_TYPES['ec2.vpc'], normalize: vpc },
  'AWS::EC2::Subnet': { type: AWS_TYPES['ec2.subnet'], normalize: subnet },
  'AWS::EC2::NetworkAcl': { type: AWS_TYPES['ec2.network_acl'], normalize: networkAcl },
  'AWS::MSK::Cluster': { type: AWS_TYPES['msk.cluster'], normalize: mskCluster },
  'AWS::AmazonMQ::Broker': { type: AWS_TYPES['mq.broker'], normalize: mqBroker },
  'AWS::DocDB::DBCluster': { type: AWS_TYPES['docdb.cluster'], normalize: docDbCluster },
  'AWS::Neptune::DBCluster': { type: AWS_TYPES['neptune.cluster'], normalize: neptuneCluster },
  'AWS::SSM::Parameter': { type: AWS_TYPES['ssm.parameter'], normalize: ssmParameter },
  'AWS::ECS::TaskDefinition': { type: AWS_TYPES['ecs.task_definition'], normalize: ecsTaskDefinition },
  'AWS::ECS::Cluster': { type: AWS_TYPES['ecs.cluster'], normalize: ecsCluster },
  'AWS::ECS::Service': { type: AWS_TYPES['ecs.service'], normalize: ecsService },
  'AWS::CloudFront::Distribution': { type: AWS_TYPES['cloudfront.distribution'], normalize: cloudFrontDistribution },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': { type: AWS_TYPES['elbv2.load_balancer'], normalize: elbLoadBalancer },
  'AWS::ElasticLoadBalancing::LoadBalancer': { type: AWS_TYPES['elb.load_balancer'], normalize: classicLoadBalancer },
  'AWS::AutoScaling::LaunchConfiguration': { type: AWS_TYPES['autoscaling.launch_configuration'], normalize: launchConfiguration },
  'AWS::WAFv2::WebACL': { type: AWS_TYPES['wafv2.web_acl'], normalize: wafWebAcl },
  'AWS::ApiGateway::Method': { type: AWS_TYPES['apigateway.method'], normalize: apiGatewayMethod },
  'AWS::ApiGatewayV2::Route': { type: AWS_TYPES['apigateway.method'], normalize: apiGatewayV2Route },
  'AWS::ApiGateway::DomainName': { type: AWS_TYPES['apigateway.domain_name'], normalize: apiGatewayDomainName },
  'AWS::ApiGatewayV2::DomainName': { type: AWS_TYPES['apigateway.domain_name'], normalize: apiGatewayV2DomainName },
  'AWS::S3::BucketPolicy': { type: AWS_TYPES['s3.bucket'], normalize: externalBucketPolicy, standalone: true },
  'AWS::SQS::QueuePolicy': { type: AWS_TYPES['sqs.queue'], normalize: externalQueuePolicy, standalone: true },
  'AWS::SNS::TopicPolicy': { type: AWS_TYPES['sns.topic'], normalize: externalTopicPolicy, standalone: true },
  'AWS::SNS::TopicInlinePolicy': { type: AWS_TYPES['sns.topic'], normalize: externalTopicPolicy, standalone: true },
  'AWS::Lambda::Permission': { type: AWS_TYPES['lambda.function'], normalize: externalFunctionPermission, standalone: true },
  'AWS::Lambda::Url': { type: AWS_TYPES['lambda.function'], normalize: externalFunctionUrl, standalone: true },
  'AWS::EC2::SecurityGroupIngress': { type: AWS_TYPES['ec2.security_group'], normalize: standaloneIngress, standalone: true },
  'AWS::EC2::SecurityGroupEgress': { type: AWS_TYPES['ec2.security_group'], normalize: standaloneEgress, standalone: true },
  'AWS::EC2::NetworkAclEntry': { type: AWS_TYPES['ec2.network_acl'], normalize: standaloneNaclEntry, standalone: true },
};
