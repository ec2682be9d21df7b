/**
 * A template's `ref:<LogicalId>` names a resource of that template only. A batch holds several
 * templates (whole groups are packed together), so the Rego indexes that resolve such names
 * (IAM policies folded into the roles they attach to, S3 access-log targets, the data stores a
 * Lambda function names) key them by template: a finding must not depend on which templates
 * happen to share a batch. Runs the compiled wasm through the scan pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../src/scan.js';
import type { ScanResult } from '../src/scan.js';

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };

// a.json: a role with the admin document inline, and a bucket Logs that keeps no access logs.
const A = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Role1: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: TRUST, Policies: [{ PolicyName: 'own', PolicyDocument: ADMIN }] } },
    Logs: { Type: 'AWS::S3::Bucket' },
  },
};

// b.json: the same logical ids; its policy (same document) is attached to its own Role1, and
// its Data bucket logs to its own Logs.
const B = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Role1: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: TRUST } },
    Attached: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'attached', PolicyDocument: ADMIN, Roles: [{ Ref: 'Role1' }] } },
    Logs: { Type: 'AWS::S3::Bucket' },
    Data: { Type: 'AWS::S3::Bucket', Properties: { LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' } } } },
  },
};

const keys = (r: ScanResult): string[] => r.findings.map((f) => `${f.ruleId} ${f.resource.id} ${f.location?.startLine}`).sort();

test('ref: names stay inside their template when several templates share a batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-refs-'));
  try {
    writeFileSync(join(dir, 'a.json'), JSON.stringify(A, null, 1));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(B, null, 1));
    const base = { paths: ['.'], cwd: dir, requiredTags: [] };
    const together = await scan({ ...base, engine: { batchSize: 100_000 } });
    const apart = await scan({ ...base, engine: { batchSize: 1 } });
    assert.deepEqual(keys(together), keys(apart), 'the same findings whether the templates share a batch or not');
    // a's Role1 is judged on its own inline admin document: b's policy attached to b's Role1 is
    // not folded into it.
    const admin = (r: ScanResult) => r.findings.filter((f) => f.ruleId === 'PAL-IAM-001').map((f) => f.resource.id).sort();
    assert.deepEqual(admin(together), ['a.json#Role1', 'b.json#Attached']);
    // a's Logs receives no access logs (b's Data logs to b's Logs): reported; b's Logs is a log target.
    const logging = (r: ScanResult) => r.findings.filter((f) => f.ruleId === 'PAL-S3-008').map((f) => f.resource.id).sort();
    assert.deepEqual(logging(together), ['a.json#Logs']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
