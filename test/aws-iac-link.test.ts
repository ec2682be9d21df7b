/**
 * The IaC link: a live resource whose `aws:cloudformation:stack-name` / `logical-id` tags name a
 * stack of a template or cdk.out in the same scan points at that template's line (the judged
 * attribute's line, the same line the template finding gets), its construct path and CDK source
 * line; JSON carries it as `iac`, SARIF anchors to it with the template as a related location.
 * Live side: Config snapshot files in the real snapshot item shape (test/fixtures/iac-link).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type ScanResult } from '../src/scan.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { linkLiveToIac, stackNameOfFile } from '../src/sources/aws/iac-link.js';
import type { Finding } from '../src/findings/types.js';
import type { Resource } from '../src/model/resource.js';
import { locationsOf } from '../src/model/locations.js';

const DIR = 'test/fixtures/iac-link';
const SNAPSHOT = `${DIR}/111122223333_Config_us-east-1_ConfigSnapshot_20261130T060000Z_0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f.json`;
const PUBLIC = 'arn:aws:s3:::acme-public-site';
const DOCUMENTS = 'arn:aws:s3:::assistantdev-documents7e5b2978-1q2w3e4r5t6y';
const AUDIT_QUEUE = 'arn:aws:sqs:us-east-1:111122223333:Prod-Assistant-AuditNestedStackAuditNestedStackResou-AuditEvents90A28844-7HJ3K2L1M0N9';

const live = (r: ScanResult, arn: string, rule: string): Finding => {
  const f = r.findings.find((x) => x.cloud?.arn === arn && x.ruleId === rule);
  assert.ok(f, `${rule} on ${arn}: ${r.findings.map((x) => `${x.ruleId} ${x.cloud?.arn ?? x.resource.id}`).join('; ')}`);
  return f;
};
const fromFile = (r: ScanResult, id: string, rule: string): Finding => {
  const f = r.findings.find((x) => x.resource.id === id && x.ruleId === rule);
  assert.ok(f, `${rule} on ${id}`);
  return f;
};

test('stack names of plain templates come from the file name', () => {
  assert.equal(stackNameOfFile('infra/web.yaml'), 'web');
  assert.equal(stackNameOfFile('web.yml'), 'web');
  assert.equal(stackNameOfFile('cdk.out/Api.template.json'), 'Api');
  assert.equal(stackNameOfFile('billing.template'), 'billing');
  assert.equal(stackNameOfFile('net.json'), 'net');
});

test('a live bucket created by a scanned template points at the template line of the judged attribute', async () => {
  const r = await scan({ paths: [`${DIR}/web.yaml`], requiredTags: [], aws: { configSnapshot: SNAPSHOT } });
  // The public policy: the same line (Principal: '*') the template finding points at.
  const policy = live(r, PUBLIC, 'PAL-S3-005');
  assert.deepEqual(policy.iac, {
    stack: 'web',
    logicalId: 'SiteBucket',
    resource: `${DIR}/web.yaml#SiteBucket`,
    location: { file: `${DIR}/web.yaml`, startLine: 17, endLine: 17 },
  });
  assert.deepEqual(policy.iac?.location, fromFile(r, `${DIR}/web.yaml#SiteBucket`, 'PAL-S3-005').location);
  // An attribute the template does not write: the resource's own lines.
  assert.deepEqual(live(r, PUBLIC, 'PAL-S3-003').iac?.location, { file: `${DIR}/web.yaml`, startLine: 4, endLine: 7 });
  // Every live finding on that bucket is linked; the live finding keeps its ARN and no file location.
  for (const f of r.findings.filter((x) => x.cloud?.arn === PUBLIC)) {
    assert.equal(f.iac?.logicalId, 'SiteBucket', f.ruleId);
    assert.equal(f.location, undefined);
  }
  // A bucket of a stack that is not in the scan is not linked, and that is no problem.
  assert.ok(r.findings.some((x) => x.cloud?.arn === 'arn:aws:s3:::acme-other-stack'));
  assert.ok(r.findings.filter((x) => x.cloud?.arn === 'arn:aws:s3:::acme-other-stack').every((x) => !x.iac));
  // A bucket whose logical id names the template's queue is not linked to it, and says why.
  assert.ok(r.findings.filter((x) => x.cloud?.arn === 'arn:aws:s3:::acme-mislabelled').every((x) => !x.iac));
  assert.deepEqual(r.errors, [
    {
      file: 'aws:111122223333/us-east-1',
      level: 'warning',
      message: `arn:aws:s3:::acme-mislabelled: stack web, logical id SiteQueue is of type aws.sqs.queue in ${DIR}/web.yaml, this resource of type aws.s3.bucket; not linked`,
    },
  ]);

  const json = JSON.parse(formatJson(r)) as { findings: Array<{ ruleId: string; cloud?: { arn?: string }; iac?: unknown }> };
  assert.deepEqual(json.findings.find((f) => f.ruleId === 'PAL-S3-005' && f.cloud?.arn === PUBLIC)?.iac, policy.iac);

  const sarif = JSON.parse(formatSarif(r));
  const run = sarif.runs.find((x: any) => x.automationDetails.id === 'palisade/aws/111122223333/us-east-1/');
  const result = run.results.find((x: any) => x.ruleId === 'PAL-S3-005');
  assert.deepEqual(result.locations, [
    {
      physicalLocation: { artifactLocation: { uri: `${DIR}/web.yaml`, uriBaseId: '%SRCROOT%' }, region: { startLine: 17, endLine: 17 } },
      logicalLocations: [{ fullyQualifiedName: PUBLIC, kind: 'resource' }],
    },
  ]);
  assert.deepEqual(result.relatedLocations, [
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: `${DIR}/web.yaml`, uriBaseId: '%SRCROOT%' }, region: { startLine: 17, endLine: 17 } },
      message: { text: 'Declared in stack web as SiteBucket' },
    },
  ]);
  // Unlinked live results keep the stable per-account/region anchor.
  const other = run.results.find((x: any) => x.locations[0].logicalLocations?.[0].fullyQualifiedName === 'arn:aws:s3:::acme-other-stack');
  assert.equal(other.locations[0].physicalLocation.artifactLocation.uri, '.palisade/aws/111122223333/us-east-1');
});

test('a live resource of a cdk.out stack (and of a nested stack) points at the construct, the app line and the template line', async () => {
  const r = await scan({ paths: ['fixtures/cdk/cdk.out'], requiredTags: [], aws: { configSnapshot: `${DIR}/cdk-live` } });
  assert.deepEqual(r.errors, []);
  const documents = live(r, DOCUMENTS, 'PAL-S3-003');
  const template = fromFile(r, 'fixtures/cdk/cdk.out/AssistantDev.template.json#Documents7E5B2978', 'PAL-S3-003');
  assert.deepEqual(documents.iac, {
    stack: 'AssistantDev',
    logicalId: 'Documents7E5B2978',
    resource: 'fixtures/cdk/cdk.out/AssistantDev.template.json#Documents7E5B2978',
    location: template.location,
    cdk: { constructPath: 'AssistantDev/Documents/Resource', sourceFile: 'fixtures/cdk/app/lib/assistant-dev-stack.ts', sourceLine: 21 },
  });
  assert.deepEqual(template.location, { file: 'fixtures/cdk/cdk.out/AssistantDev.template.json', startLine: 6, endLine: 11 });
  // The nested stack's deployed name is `<parent>-<logical id>-<suffix>`.
  const queue = live(r, AUDIT_QUEUE, 'PAL-SQS-001');
  assert.deepEqual(queue.iac, {
    stack: 'Prod-Assistant-AuditNestedStackAuditNestedStackResourceF69BD105-1X2Y3Z4W5V6U',
    logicalId: 'AuditEvents90A28844',
    resource: 'fixtures/cdk/cdk.out/assembly-Prod/ProdAssistantAuditA6DEED7F.nested.template.json#AuditEvents90A28844',
    location: { file: 'fixtures/cdk/cdk.out/assembly-Prod/ProdAssistantAuditA6DEED7F.nested.template.json', startLine: 6, endLine: 8 },
    cdk: { constructPath: 'Prod/Assistant/Audit/AuditEvents/Resource', sourceFile: 'fixtures/cdk/app/lib/audit-nested-stack.ts', sourceLine: 18 },
  });

  // SARIF: anchored to the app's line, the template line related.
  const sarif = JSON.parse(formatSarif(r));
  const results = sarif.runs.find((x: any) => x.automationDetails.id === 'palisade/aws/111122223333/us-east-1/').results;
  const s3 = results.find((x: any) => x.ruleId === 'PAL-S3-003');
  assert.deepEqual(s3.locations[0].physicalLocation, { artifactLocation: { uri: 'fixtures/cdk/app/lib/assistant-dev-stack.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 21, endLine: 21 } });
  assert.deepEqual(s3.locations[0].logicalLocations, [{ fullyQualifiedName: DOCUMENTS, kind: 'resource' }]);
  assert.deepEqual(s3.relatedLocations, [
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'fixtures/cdk/cdk.out/AssistantDev.template.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, endLine: 11 } },
      message: { text: 'Declared in stack AssistantDev as Documents7E5B2978 (AssistantDev/Documents/Resource)' },
    },
  ]);
});

test('two scanned templates for the same stack: the live resource is linked to neither, with a warning naming both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-iac-'));
  for (const sub of ['a', 'b']) cpSync(`${DIR}/web.yaml`, join(dir, sub, 'web.yaml'), { recursive: true });
  cpSync(SNAPSHOT, join(dir, 'snapshot.json'));
  const r = await scan({ paths: ['a', 'b'], cwd: dir, requiredTags: [], aws: { configSnapshot: 'snapshot.json' } });
  assert.ok(r.findings.filter((f) => f.source === 'aws').every((f) => !f.iac));
  assert.ok(
    r.errors.some((e) => e.level === 'warning' && e.message === `${PUBLIC}: stack web, logical id SiteBucket matches 2 templates (a/web.yaml, b/web.yaml); not linked to any`),
    JSON.stringify(r.errors),
  );
});

test('without a template of its stack in the scan, a live finding has no iac and no warning', async () => {
  const r = await scan({ paths: [], requiredTags: [], aws: { configSnapshot: SNAPSHOT } });
  assert.ok(r.findings.some((f) => f.cloud?.arn === PUBLIC));
  assert.ok(r.findings.every((f) => !f.iac));
  assert.deepEqual(r.errors, []);
});

test('only CloudFormation-created live resources link: tags on a template resource or a Compose service never do', () => {
  const cloud = (tags: Record<string, string>): Resource => ({ id: 'arn:aws:s3:::x', type: 'aws.s3.bucket', source: 'aws', name: 'x', properties: {}, tags, provenance: { kind: 'cloud', arn: 'arn:aws:s3:::x', account: '1', region: 'r', origin: 'config-api' } });
  const declared: Resource = { id: 'web.yaml#X', type: 'aws.s3.bucket', source: 'cloudformation', name: 'X', properties: {}, tags: { 'aws:cloudformation:stack-name': 'web', 'aws:cloudformation:logical-id': 'X' }, provenance: { kind: 'file', file: 'web.yaml', span: { line: 2, endLine: 3 }, locations: locationsOf() } };
  const compose: Resource = { ...declared, id: 'compose.yaml#X', type: 'compose.service', source: 'compose', provenance: { kind: 'file', file: 'web.yaml', span: { line: 9, endLine: 9 }, locations: locationsOf() } };
  const out = linkLiveToIac([declared, compose, cloud({ 'aws:cloudformation:stack-name': 'web', 'aws:cloudformation:logical-id': 'X' }), { ...cloud({}), id: 'arn:aws:s3:::y' }]);
  assert.deepEqual([...out.links.keys()], ['arn:aws:s3:::x']);
  assert.equal(out.links.get('arn:aws:s3:::x')?.declared.id, 'web.yaml#X');
  assert.deepEqual(out.warnings, []);
});
