/**
 * Framework ids are checked, not remembered. Every FSBP, CIS AWS Foundations and CIS Docker id
 * in a rule's METADATA must be a control of the published list below, and every rule checked on
 * 2026-12-02 must map to exactly what it was checked to map to. A rule added since passes the
 * first test with ids from these lists; a new id is added here only after checking it against
 * the framework itself (and saying where in the commit).
 *
 * Sources read, 2026-12-02:
 * - fsbp: the controls of the AWS Foundational Security Best Practices v1.0.0 standard in
 *   Security Hub, for the services Palisade models or may soon: the FSBP benchmark of
 *   turbot/steampipe-mod-aws-compliance (foundational_security/, commit a1d0b44), compared with
 *   prowler-cloud/prowler (compliance/aws/, commit 3e000fa) and the Security Hub user guide
 *   (fsbp-standard and <service>-controls pages), spelt as Security Hub spells them
 *   (Opensearch.N, DocumentDB.N). Security Hub controls that belong only to the CIS, PCI DSS or
 *   NIST SP 800-53 standards (EC2.13, EC2.53, KMS.4, S3.14, S3.17, Lambda.3, Lambda.7, EKS.3,
 *   ELB.8, WAF.11, ECS.17 ...) are not FSBP controls and are not listed.
 * - cis-aws: the 62 recommendations of CIS AWS Foundations Benchmark v3.0.0 (prowler's
 *   cis_3.0_aws.json and steampipe's cis_v300/, which agree).
 * - cis-docker: CIS Docker Benchmark v1.6.0, the recommendation ids of
 *   docker/docker-bench-security's tests (sections 1-7), which implement v1.6.0. v1.6.0 moved
 *   swarm mode to 5.1, so runtime ids from 5.2 on are one higher than v1.2.0's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../src/engine/catalog.js';

type Checked = 'fsbp' | 'cis-aws' | 'cis-docker';
const ids = (s: string) => new Set(s.trim().split(/\s+/));

const PUBLISHED: Record<Checked, Set<string>> = {
  fsbp: ids(`
  ACM.1 ACM.2 APIGateway.1 APIGateway.2 APIGateway.3 APIGateway.4 APIGateway.5 APIGateway.8
  APIGateway.9 AutoScaling.1 AutoScaling.2 AutoScaling.3 AutoScaling.4 AutoScaling.5 AutoScaling.6
  AutoScaling.9 CloudFront.1 CloudFront.3 CloudFront.4 CloudFront.5 CloudFront.6 CloudFront.7
  CloudFront.8 CloudFront.9 CloudFront.10 CloudFront.12 CloudFront.13 CloudFront.15 CloudTrail.1
  CloudTrail.2 CloudTrail.4 CloudTrail.5 CodeBuild.1 CodeBuild.2 CodeBuild.3 CodeBuild.4
  CodeBuild.5 CodeBuild.7 Config.1 DMS.1 DMS.6 DMS.7 DMS.8 DMS.9 DMS.10 DMS.11 DMS.12 DMS.13
  DocumentDB.1 DocumentDB.2 DocumentDB.3 DocumentDB.4 DocumentDB.5 DocumentDB.6 DynamoDB.1
  DynamoDB.2 DynamoDB.3 DynamoDB.6 DynamoDB.7 EC2.1 EC2.2 EC2.3 EC2.4 EC2.6 EC2.7 EC2.8 EC2.9
  EC2.10 EC2.15 EC2.16 EC2.17 EC2.18 EC2.19 EC2.20 EC2.21 EC2.23 EC2.24 EC2.25 EC2.51 EC2.55
  EC2.56 EC2.57 EC2.58 EC2.60 EC2.170 EC2.171 EC2.172 EC2.173 EC2.180 EC2.181 ECR.1 ECR.2 ECR.3
  ECS.1 ECS.2 ECS.3 ECS.4 ECS.5 ECS.8 ECS.9 ECS.10 ECS.12 EFS.1 EFS.2 EFS.3 EFS.4 EFS.6 EFS.7
  EFS.8 EKS.1 EKS.2 EKS.8 ElastiCache.1 ElastiCache.2 ElastiCache.3 ElastiCache.4 ElastiCache.5
  ElastiCache.6 ElastiCache.7 ElasticBeanstalk.1 ElasticBeanstalk.3 ELB.1 ELB.2 ELB.3 ELB.4 ELB.5
  ELB.6 ELB.7 ELB.9 ELB.10 ELB.12 ELB.13 ELB.14 ELB.17 ELB.18 EMR.1 EMR.2 EMR.3 EMR.4 ES.1 ES.2
  ES.3 ES.4 ES.5 ES.6 ES.7 ES.8 GuardDuty.1 GuardDuty.5 GuardDuty.6 GuardDuty.7 GuardDuty.8
  GuardDuty.9 GuardDuty.10 GuardDuty.11 GuardDuty.12 GuardDuty.13 IAM.1 IAM.2 IAM.3 IAM.4 IAM.5
  IAM.6 IAM.7 IAM.8 IAM.21 Kinesis.1 Kinesis.3 KMS.1 KMS.2 KMS.3 KMS.5 Lambda.1 Lambda.2 Lambda.5
  MQ.2 MQ.3 MSK.1 MSK.3 MSK.4 MSK.5 MSK.6 Neptune.1 Neptune.2 Neptune.3 Neptune.4 Neptune.5
  Neptune.6 Neptune.7 Neptune.8 NetworkFirewall.2 NetworkFirewall.3 NetworkFirewall.4
  NetworkFirewall.5 NetworkFirewall.6 NetworkFirewall.9 NetworkFirewall.10 Opensearch.1
  Opensearch.2 Opensearch.3 Opensearch.4 Opensearch.5 Opensearch.6 Opensearch.7 Opensearch.8
  Opensearch.10 RDS.1 RDS.2 RDS.3 RDS.4 RDS.5 RDS.6 RDS.7 RDS.8 RDS.9 RDS.10 RDS.11 RDS.12 RDS.13
  RDS.14 RDS.15 RDS.16 RDS.17 RDS.18 RDS.19 RDS.20 RDS.21 RDS.22 RDS.23 RDS.24 RDS.25 RDS.27
  RDS.34 RDS.35 RDS.36 RDS.37 RDS.40 RDS.41 RDS.42 RDS.43 RDS.44 RDS.45 RDS.47 RDS.48 Redshift.1
  Redshift.2 Redshift.3 Redshift.4 Redshift.6 Redshift.7 Redshift.8 Redshift.9 Redshift.10
  Redshift.15 Redshift.18 S3.1 S3.2 S3.3 S3.5 S3.6 S3.8 S3.9 S3.10 S3.11 S3.12 S3.13 S3.19 S3.24
  S3.25 SageMaker.1 SageMaker.2 SageMaker.3 SageMaker.4 SageMaker.5 SageMaker.8 SecretsManager.1
  SecretsManager.2 SecretsManager.3 SecretsManager.4 SNS.1 SNS.2 SNS.4 SQS.1 SQS.3 SSM.1 SSM.2
  SSM.3 SSM.4 SSM.6 SSM.7 StepFunctions.1 WAF.1 WAF.2 WAF.3 WAF.4 WAF.6 WAF.7 WAF.8 WAF.10 WAF.12

`),
  'cis-aws': ids(`
  1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 1.10 1.11 1.12 1.13 1.14 1.15 1.16 1.17 1.18 1.19 1.20 1.21
  1.22 2.1.1 2.1.2 2.1.3 2.1.4 2.2.1 2.3.1 2.3.2 2.3.3 2.4.1 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9
  4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.8 4.9 4.10 4.11 4.12 4.13 4.14 4.15 4.16 5.1 5.2 5.3 5.4 5.5 5.6

`),
  'cis-docker': ids(`
  1.1.1 1.1.2 1.1.3 1.1.4 1.1.5 1.1.6 1.1.7 1.1.8 1.1.9 1.1.10 1.1.11 1.1.12 1.1.13 1.1.14 1.1.15
  1.1.16 1.1.17 1.1.18 1.2.1 1.2.2 2.1 2.2 2.3 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14
  2.15 2.16 2.17 2.18 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13 3.14 3.15 3.16 3.17
  3.18 3.19 3.20 3.21 3.22 3.23 3.24 4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.8 4.9 4.10 4.11 4.12 5.1 5.2
  5.3 5.4 5.5 5.6 5.7 5.8 5.9 5.10 5.11 5.12 5.13 5.14 5.15 5.16 5.17 5.18 5.19 5.20 5.21 5.22
  5.23 5.24 5.25 5.26 5.27 5.28 5.29 5.30 5.31 5.32 6.1 6.2 7.1 7.2 7.3 7.4 7.5 7.6 7.7 7.8 7.9
`),
};

/** What each rule was checked to map to (an empty object: no control of these frameworks fits). */
const CHECKED: Record<string, Partial<Record<Checked, string[]>>> = {
  'PAL-APIGW-001': { fsbp: ['APIGateway.9'] },
  'PAL-APIGW-002': { fsbp: ['APIGateway.5'] },
  'PAL-APIGW-003': { fsbp: ['APIGateway.3'] },
  'PAL-APIGW-004': { fsbp: ['APIGateway.1'] },
  'PAL-APIGW-005': { fsbp: ['APIGateway.8'] },
  'PAL-CFG-001': { fsbp: ['Config.1'], 'cis-aws': ['3.3'] },
  'PAL-CFR-001': { fsbp: ['CloudFront.3'] },
  'PAL-CFR-002': {},
  'PAL-CFR-003': { fsbp: ['CloudFront.5'] },
  'PAL-CFR-004': { fsbp: ['CloudFront.6'] },
  'PAL-CFR-005': { fsbp: ['CloudFront.9'] },
  'PAL-CFR-006': { fsbp: ['CloudFront.10'] },
  'PAL-CFR-007': { fsbp: ['CloudFront.13'] },
  'PAL-CFR-008': { fsbp: ['CloudFront.1'] },
  'PAL-COMPOSE-001': { 'cis-docker': ['5.5'] },
  'PAL-COMPOSE-002': {},
  'PAL-COMPOSE-003': { 'cis-docker': ['5.10'] },
  'PAL-COMPOSE-004': { 'cis-docker': ['5.16'] },
  'PAL-COMPOSE-005': { 'cis-docker': ['5.17'] },
  'PAL-COMPOSE-006': { 'cis-docker': ['5.21', '5.31'] },
  'PAL-COMPOSE-007': { 'cis-docker': ['5.32'] },
  'PAL-COMPOSE-008': { 'cis-docker': ['5.6'] },
  'PAL-COMPOSE-009': { 'cis-docker': ['5.4'] },
  'PAL-COMPOSE-010': { 'cis-docker': ['5.4'] },
  'PAL-COMPOSE-011': { 'cis-docker': ['5.26'] },
  'PAL-COMPOSE-012': { 'cis-docker': ['5.2', '5.3', '5.22'] },
  'PAL-COMPOSE-013': { 'cis-docker': ['4.1'] },
  'PAL-COMPOSE-014': { 'cis-docker': ['5.13'] },
  'PAL-COMPOSE-015': { 'cis-docker': ['5.14'] },
  'PAL-COMPOSE-016': {},
  'PAL-COMPOSE-017': {},
  'PAL-COMPOSE-018': {},
  'PAL-COMPOSE-019': {},
  'PAL-COMPOSE-020': {},
  'PAL-COMPOSE-021': {},
  'PAL-COMPOSE-022': {},
  'PAL-COMPOSE-023': {},
  'PAL-COMPOSE-024': {},
  'PAL-COMPOSE-025': { 'cis-docker': ['5.27'] },
  'PAL-COMPOSE-026': {},
  'PAL-COMPOSE-027': {},
  'PAL-COMPOSE-028': {},
  'PAL-COMPOSE-029': { 'cis-docker': ['5.11'] },
  'PAL-COMPOSE-030': { 'cis-docker': ['5.12'] },
  'PAL-COMPOSE-031': {},
  'PAL-COMPOSE-032': {},
  'PAL-COMPOSE-033': {},
  'PAL-COMPOSE-034': {},
  'PAL-COMPOSE-035': { 'cis-docker': ['5.20'] },
  'PAL-COMPOSE-036': { 'cis-docker': ['5.8', '5.14'] },
  'PAL-COMPOSE-037': { 'cis-docker': ['5.29'] },
  'PAL-CT-001': { fsbp: ['CloudTrail.1'], 'cis-aws': ['3.1'] },
  'PAL-CT-002': { fsbp: ['CloudTrail.4'], 'cis-aws': ['3.2'] },
  'PAL-CT-003': { fsbp: ['CloudTrail.2'], 'cis-aws': ['3.5'] },
  'PAL-CT-004': { fsbp: ['CloudTrail.5'] },
  'PAL-CT-005': { fsbp: ['CloudTrail.1'], 'cis-aws': ['3.1'] },
  'PAL-DDB-001': { fsbp: ['DynamoDB.2'] },
  'PAL-DDB-002': {},
  'PAL-DDB-003': { fsbp: ['DynamoDB.6'] },
  'PAL-DOCDB-001': { fsbp: ['DocumentDB.1'] },
  'PAL-DOCDB-002': { fsbp: ['DocumentDB.4'] },
  'PAL-DOCDB-003': {},
  'PAL-DOCDB-004': { fsbp: ['DocumentDB.2'] },
  'PAL-EC-001': { fsbp: ['ElastiCache.4'] },
  'PAL-EC-002': { fsbp: ['ElastiCache.5'] },
  'PAL-EC-003': {},
  'PAL-EC2-001': { fsbp: ['EC2.19'], 'cis-aws': ['5.2', '5.3'] },
  'PAL-EC2-002': { fsbp: ['EC2.18'] },
  'PAL-EC2-003': {},
  'PAL-EC2-004': {},
  'PAL-EC2-005': { fsbp: ['EC2.170'] },
  'PAL-EC2-006': { fsbp: ['EC2.3'] },
  'PAL-EC2-007': { fsbp: ['AutoScaling.3'] },
  'PAL-EC2-008': {},
  'PAL-EC2-009': { fsbp: ['AutoScaling.5'] },
  'PAL-ECR-001': { fsbp: ['ECR.1'] },
  'PAL-ECR-002': { fsbp: ['ECR.2'] },
  'PAL-ECR-003': {},
  'PAL-ECR-004': { fsbp: ['ECR.3'] },
  'PAL-ECR-005': {},
  'PAL-ECS-001': { fsbp: ['ECS.4'] },
  'PAL-ECS-002': {},
  'PAL-ECS-003': { fsbp: ['ECS.5'] },
  'PAL-ECS-004': { fsbp: ['ECS.8'] },
  'PAL-ECS-005': {},
  'PAL-ECS-006': { fsbp: ['ECS.3'] },
  'PAL-ECS-007': { fsbp: ['ECS.9'] },
  'PAL-ECS-008': { fsbp: ['ECS.12'] },
  'PAL-ECS-009': { fsbp: ['ECS.2'] },
  'PAL-EFS-001': { fsbp: ['EFS.1'], 'cis-aws': ['2.4.1'] },
  'PAL-EKS-001': { fsbp: ['EKS.1'] },
  'PAL-EKS-002': {},
  'PAL-EKS-003': { fsbp: ['EKS.8'] },
  'PAL-ELB-001': { fsbp: ['ELB.1'] },
  'PAL-ELB-002': {},
  'PAL-ELB-003': { fsbp: ['ELB.5'] },
  'PAL-ELB-004': { fsbp: ['ELB.4'] },
  'PAL-ELB-005': { fsbp: ['ELB.6'] },
  'PAL-ELB-006': { fsbp: ['ELB.12'] },
  'PAL-ELB-007': { fsbp: ['ELB.3'] },
  'PAL-ELB-008': {},
  'PAL-ELB-009': { fsbp: ['ELB.5'] },
  'PAL-IAM-001': { fsbp: ['IAM.1'], 'cis-aws': ['1.16'] },
  'PAL-IAM-002': { fsbp: ['IAM.21'] },
  'PAL-IAM-003': {},
  'PAL-IAM-004': {},
  'PAL-IAM-005': {},
  'PAL-IAM-006': { fsbp: ['IAM.2'], 'cis-aws': ['1.15'] },
  'PAL-IAM-007': { 'cis-aws': ['1.16'] },
  'PAL-IAM-008': {},
  'PAL-IAM-009': {},
  'PAL-IAM-010': { fsbp: ['IAM.4'], 'cis-aws': ['1.4', '1.5'] },
  'PAL-IAM-011': { fsbp: ['IAM.5'], 'cis-aws': ['1.10'] },
  'PAL-IAM-012': { fsbp: ['IAM.3'], 'cis-aws': ['1.12', '1.14'] },
  'PAL-IAM-013': { 'cis-aws': ['1.8', '1.9'] },
  'PAL-IAM-014': {},
  'PAL-IAM-015': {},
  'PAL-IAM-016': {},
  'PAL-IAM-017': {},
  'PAL-KIN-001': { fsbp: ['Kinesis.1'] },
  'PAL-KMS-001': { 'cis-aws': ['3.6'] },
  'PAL-KMS-002': { fsbp: ['KMS.5'] },
  'PAL-KMS-003': { fsbp: ['KMS.3'] },
  'PAL-LAMBDA-001': {},
  'PAL-LAMBDA-002': { fsbp: ['Lambda.1'] },
  'PAL-LAMBDA-003': {},
  'PAL-LAMBDA-004': { fsbp: ['Lambda.2'] },
  'PAL-LAMBDA-005': {},
  'PAL-LAMBDA-006': {},
  'PAL-LAMBDA-007': {},
  'PAL-LAMBDA-008': {},
  'PAL-LAMBDA-009': {},
  'PAL-LAMBDA-010': {},
  'PAL-LOGS-001': {},
  'PAL-LOGS-002': {},
  'PAL-MQ-001': {},
  'PAL-MQ-002': { fsbp: ['MQ.2'] },
  'PAL-MQ-003': {},
  'PAL-MQ-004': {},
  'PAL-MSK-001': { fsbp: ['MSK.1'] },
  'PAL-MSK-002': { fsbp: ['MSK.4'] },
  'PAL-MSK-003': { fsbp: ['MSK.6'] },
  'PAL-MSK-004': {},
  'PAL-NEP-001': { fsbp: ['Neptune.1'] },
  'PAL-NEP-002': { fsbp: ['Neptune.2'] },
  'PAL-NEP-003': { fsbp: ['Neptune.7'] },
  'PAL-OS-001': { fsbp: ['Opensearch.1'] },
  'PAL-OS-002': { fsbp: ['Opensearch.3'] },
  'PAL-OS-003': {},
  'PAL-OS-004': { fsbp: ['Opensearch.8'] },
  'PAL-OS-005': { fsbp: ['Opensearch.4', 'Opensearch.5'] },
  'PAL-OS-006': { fsbp: ['Opensearch.7'] },
  'PAL-OS-007': { fsbp: ['Opensearch.2'] },
  'PAL-RDS-001': { fsbp: ['RDS.3', 'RDS.27'], 'cis-aws': ['2.3.1'] },
  'PAL-RDS-002': { fsbp: ['RDS.2'], 'cis-aws': ['2.3.3'] },
  'PAL-RDS-003': { fsbp: ['RDS.11'] },
  'PAL-RDS-004': { fsbp: ['RDS.8', 'RDS.7'] },
  'PAL-RDS-005': { fsbp: ['RDS.10', 'RDS.12'] },
  'PAL-RDS-006': {},
  'PAL-RDS-007': { fsbp: ['RDS.5'] },
  'PAL-RDS-008': { fsbp: ['RDS.9'] },
  'PAL-RDS-009': { fsbp: ['RDS.6'] },
  'PAL-RDS-010': { fsbp: ['RDS.13'], 'cis-aws': ['2.3.2'] },
  'PAL-RDS-011': { fsbp: ['RDS.23'] },
  'PAL-RDS-012': { fsbp: ['RDS.16', 'RDS.17'] },
  'PAL-RS-001': { fsbp: ['Redshift.10'] },
  'PAL-RS-002': { fsbp: ['Redshift.1'] },
  'PAL-RS-003': { fsbp: ['Redshift.4'] },
  'PAL-S3-002': {},
  'PAL-S3-003': { fsbp: ['S3.8'], 'cis-aws': ['2.1.4'] },
  'PAL-S3-004': {},
  'PAL-S3-005': { fsbp: ['S3.2', 'S3.3'] },
  'PAL-S3-006': { fsbp: ['S3.5'], 'cis-aws': ['2.1.1'] },
  'PAL-S3-007': {},
  'PAL-S3-008': { fsbp: ['S3.9'] },
  'PAL-SM-001': {},
  'PAL-SM-002': { fsbp: ['SecretsManager.1'] },
  'PAL-SM-003': {},
  'PAL-SNS-001': { fsbp: ['SNS.1'] },
  'PAL-SNS-002': { fsbp: ['SNS.4'] },
  'PAL-SQS-001': { fsbp: ['SQS.1'] },
  'PAL-SQS-002': { fsbp: ['SQS.3'] },
  'PAL-SSM-001': {},
  'PAL-TAG-001': {},
  'PAL-TAG-002': {},
  'PAL-TAG-003': {},
  'PAL-TAG-004': {},
  'PAL-TAG-005': {},
  'PAL-TAG-006': {},
  'PAL-TAG-007': {},
  'PAL-VPC-001': { fsbp: ['EC2.6'], 'cis-aws': ['3.7'] },
  'PAL-WAF-001': {},
  'PAL-WAF-002': { fsbp: ['WAF.10'] },
  'PAL-WAF-003': {},
};

const FRAMEWORKS = Object.keys(PUBLISHED) as Checked[];
const rules = loadCatalog().rules.filter((r) => !r.deprecated);

test('every FSBP, CIS AWS and CIS Docker id of every rule is a published control', () => {
  const unknown: string[] = [];
  for (const r of rules) {
    for (const fw of FRAMEWORKS) for (const id of r.frameworks[fw] ?? []) if (!PUBLISHED[fw].has(id)) unknown.push(`${r.id} ${fw} ${id}`);
  }
  assert.deepEqual(unknown, [], 'ids not in the checked control lists of test/framework-controls.test.ts');
});

test('every checked rule maps to exactly the controls it was checked against', () => {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const drift: string[] = [];
  for (const [id, want] of Object.entries(CHECKED)) {
    const r = byId.get(id);
    if (!r) {
      drift.push(`${id}: no such rule`);
      continue;
    }
    for (const fw of FRAMEWORKS) {
      const have = JSON.stringify(r.frameworks[fw] ?? []);
      if (have !== JSON.stringify(want[fw] ?? [])) drift.push(`${id} ${fw}: ${have}, checked ${JSON.stringify(want[fw] ?? [])}`);
    }
  }
  assert.deepEqual(drift, []);
});

test('the mappings found wrong stay fixed', () => {
  const fw = (id: string) => rules.find((r) => r.id === id)!.frameworks;
  // APIGateway.1 is execution logging (PAL-APIGW-004); access logging is APIGateway.9 (v2 stages).
  assert.deepEqual(fw('PAL-APIGW-001').fsbp, ['APIGateway.9']);
  assert.deepEqual(fw('PAL-APIGW-004').fsbp, ['APIGateway.1']);
  // ECR.1 is image scanning, not a public repository policy; MQ.5 is active/standby deployment,
  // MQ.4 tagging; MSK.5 is MSK Connect connector logging, not broker logs.
  assert.equal(fw('PAL-ECR-003').fsbp, undefined);
  assert.equal(fw('PAL-MQ-001').fsbp, undefined);
  assert.deepEqual(fw('PAL-MQ-002').fsbp, ['MQ.2']);
  assert.equal(fw('PAL-MSK-004').fsbp, undefined);
  // CIS Docker v1.6.0 numbering: privileged 5.5, host network 5.10, socket 5.32, PIDs 5.29.
  assert.deepEqual(fw('PAL-COMPOSE-001')['cis-docker'], ['5.5']);
  assert.deepEqual(fw('PAL-COMPOSE-003')['cis-docker'], ['5.10']);
  assert.deepEqual(fw('PAL-COMPOSE-007')['cis-docker'], ['5.32']);
  assert.deepEqual(fw('PAL-COMPOSE-037')['cis-docker'], ['5.29']);
});

test('the checked list covers every rule that existed when it was made', () => {
  assert.ok(Object.keys(CHECKED).length >= 194);
  for (const fw of FRAMEWORKS) for (const [id, m] of Object.entries(CHECKED)) for (const c of m[fw] ?? []) assert.ok(PUBLISHED[fw].has(c), `${id} ${fw} ${c}`);
});
