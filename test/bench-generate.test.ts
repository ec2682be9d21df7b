/**
 * The benchmark's W1 templates stand for cdk synth output, so every reference in them names a
 * resource of the same template: a generator whose Ref and Fn::GetAtt miss their targets made
 * every W1 template carry 17 warnings and left the rules that follow links unexercised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCdkTemplates, cdkTemplate } from '../bench/generate.js';
import { scan } from '../src/scan.js';

test('W1 templates refer only to resources of their own template, and a scan of them reports no input error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-generate-'));
  try {
    writeCdkTemplates(dir, 4);
    const result = await scan({ paths: ['.'], cwd: dir, requiredTags: ['owner'], now: new Date('2026-12-01T00:00:00Z') });
    assert.equal(result.summary.resources, 200);
    assert.deepEqual(result.errors, []);
    assert.ok(result.findings.length > 100, `findings: ${result.findings.length}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const t = cdkTemplate(7) as { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
  const ids = new Set(Object.keys(t.Resources));
  const targets: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'Ref' && typeof x === 'string' && !x.startsWith('AWS::')) targets.push(x);
        else if (k === 'Fn::GetAtt' && Array.isArray(x)) targets.push(String(x[0]));
        else walk(x);
      }
    }
  };
  walk(t.Resources);
  assert.ok(targets.length >= 15, `references: ${targets.length}`);
  assert.deepEqual(targets.filter((x) => !ids.has(x)), []);
  const fn = Object.values(t.Resources).find((r) => r.Type === 'AWS::Lambda::Function')!;
  assert.equal(t.Resources[(fn.Properties!.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!]!.Type, 'AWS::IAM::Role');
});
