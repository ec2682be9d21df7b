/** A fixed scan result covering every kind of finding, for the formatters' golden tests. */
import type { ScanResult } from '../../src/findings/result.js';
import type { Finding, Rule } from '../../src/findings/types.js';
import { summarize } from '../../src/findings/result.js';

const rule = (id: string, severity: Rule['severity'], category: Rule['category'], title: string, cwe?: string | null): Rule => ({
  id,
  package: `x.y.${id.toLowerCase()}`,
  title,
  description: `${title}: why it matters.`,
  severity,
  category,
  remediation: 'Do the right thing.',
  frameworks: { 'cis-aws': ['2.1.1'] },
  resourceTypes: [],
  sources: ['compose'],
  file: 'policies/x/policy.rego',
  ...(cwe !== undefined ? { cwe } : {}),
});

export const RULES: Rule[] = [
  rule('PAL-COMPOSE-001', 'critical', 'access', 'Container runs privileged', 'CWE-250'),
  rule('PAL-S3-001', 'high', 'encryption', 'S3 bucket has no default encryption', 'CWE-311'),
  rule('PAL-KMS-001', 'medium', 'encryption', 'KMS key rotation is disabled', null),
  rule('PAL-LAMBDA-006', 'low', 'logging', 'Lambda function has no active tracing'),
];

const base = { suppressed: null, fingerprint: '0123456789abcdef0123456789abcdef' };

export const FINDINGS: Finding[] = [
  {
    ...base,
    ruleId: 'PAL-COMPOSE-001',
    title: 'Container runs privileged',
    severity: 'critical',
    category: 'access',
    message: "Service 'agent\u001b[31m' runs privileged.",
    source: 'compose',
    resource: { id: 'stack/compose.yaml#services.agent', type: 'compose.service', name: 'agent' },
    path: 'properties.privileged',
    location: { file: 'stack/compose.yaml', startLine: 6, endLine: 6 },
  },
  {
    ...base,
    fingerprint: 'fedcba9876543210fedcba9876543210',
    ruleId: 'PAL-S3-001',
    title: 'S3 bucket has no default encryption',
    severity: 'high',
    category: 'encryption',
    message: "S3 bucket 'Documents' has no default encryption.",
    source: 'cdk',
    resource: { id: 'cdk.out/App.template.json#Documents', type: 'aws.s3.bucket', name: 'Documents' },
    path: 'properties.encryption',
    location: { file: 'cdk.out/App.template.json', startLine: 12, endLine: 30 },
    cdk: {
      constructPath: 'App/Documents/Resource',
      sourceFile: 'app/lib/stack.ts',
      sourceLine: 14,
      templateLocation: { file: 'cdk.out/App.template.json', startLine: 12, endLine: 30 },
    },
  },
  {
    ...base,
    fingerprint: '00000000000000000000000000000001',
    ruleId: 'PAL-KMS-001',
    title: 'KMS key rotation is disabled',
    severity: 'medium',
    category: 'encryption',
    message: 'KMS key has rotation disabled.',
    source: 'aws',
    resource: { id: 'arn:aws:kms:eu-west-1:111122223333:key/abc', type: 'aws.kms.key', name: 'abc' },
    path: 'properties.key_rotation',
    cloud: { arn: 'arn:aws:kms:eu-west-1:111122223333:key/abc', account: '111122223333', region: 'eu-west-1' },
    suppressed: 'accepted risk: legacy key (JIRA-1)',
    suppression: {
      kind: 'waiver',
      reason: 'accepted risk: legacy key (JIRA-1)',
      owner: 'platform',
      expires: '2031-01-31',
      source: { file: '.palisade.yaml', line: 4 },
    },
  },
  {
    ...base,
    fingerprint: '00000000000000000000000000000002',
    ruleId: 'PAL-S3-001',
    title: 'S3 bucket has no default encryption',
    severity: 'high',
    category: 'encryption',
    message: "S3 bucket 'app-documents' has no default encryption.",
    source: 'aws',
    resource: { id: 'arn:aws:s3:::app-documents', type: 'aws.s3.bucket', name: 'app-documents' },
    path: 'properties.encryption',
    cloud: { arn: 'arn:aws:s3:::app-documents', account: '111122223333', region: 'eu-west-1' },
    iac: {
      stack: 'App',
      logicalId: 'Documents',
      resource: 'cdk.out/App.template.json#Documents',
      location: { file: 'cdk.out/App.template.json', startLine: 12, endLine: 30 },
      cdk: { constructPath: 'App/Documents/Resource', sourceFile: 'app/lib/stack.ts', sourceLine: 14 },
    },
  },
  {
    ...base,
    fingerprint: '00000000000000000000000000000003',
    ruleId: 'PAL-LAMBDA-006',
    title: 'Lambda function has no active tracing',
    severity: 'low',
    category: 'logging',
    message: "Lambda function 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a' has no active tracing.",
    source: 'cdk',
    resource: { id: 'cdk.out/App.template.json#LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A', type: 'aws.lambda.function', name: 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A' },
    path: 'properties.tracing',
    location: { file: 'cdk.out/App.template.json', startLine: 40, endLine: 60 },
    cdk: {
      constructPath: 'App/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Resource',
      sourceFile: 'app/lib/stack.ts',
      sourceLine: 22,
      frameworkManaged: true,
      templateLocation: { file: 'cdk.out/App.template.json', startLine: 40, endLine: 60 },
    },
  },
];

export const SAMPLE: ScanResult = {
  schemaVersion: '1.0.0',
  tool: { name: 'palisade', version: '0.0.0-test' },
  findings: FINDINGS,
  errors: [
    { file: 'stack/broken.yaml', line: 3, level: 'error', message: 'parse YAML: bad indentation' },
    { file: 'stack/compose.yaml', line: 9, level: 'warning', message: 'interpolate: DB_HOST is not set' },
  ],
  rules: RULES,
  inputs: [{ kind: 'compose', files: ['stack/compose.yaml'] }],
  skipped: [{ path: 'stack/renovate.json', reason: 'neither a Compose file nor a CloudFormation template' }],
  summary: summarize(3, 5, FINDINGS, [
    { file: 'stack/broken.yaml', line: 3, level: 'error', message: 'x' },
    { file: 'stack/compose.yaml', line: 9, level: 'warning', message: 'y' },
  ]),
  missing: [],
};
