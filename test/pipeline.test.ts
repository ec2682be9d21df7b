/**
 * The scan pipeline evaluates each batch as soon as its inputs are loaded, while the load
 * worker goes on with the next inputs, and maps each batch's results to findings at once. The
 * reports must be byte for byte those of evaluating everything in one call after loading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type ScanOptions } from '../src/scan.js';
import { nodeIO, scanRoots } from '../src/sources/io.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { writeCdkTemplates } from '../bench/generate.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test('findings streamed batch by batch while loading give the same reports as one evaluation after loading', { timeout: 240_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'palisade-pipeline-'));
  try {
    // Templates, Compose projects and a cdk.out, interleaved in discovery order.
    writeCdkTemplates(join(root, 'stacks'), 12);
    cpSync(join(FIXTURES, 'compose'), join(root, 'compose'), { recursive: true });
    cpSync(join(FIXTURES, 'cdk', 'cdk.out'), join(root, 'app', 'cdk.out'), { recursive: true });
    // A Compose project that includes files which are inputs of their own (judged once, in the project).
    cpSync(join(import.meta.dirname, 'fixtures', 'compose-loader', 'include'), join(root, 'include'), { recursive: true });
    // A rule relating two resources of a template (a bucket that receives another's access logs).
    writeFileSync(join(root, 'stacks', 'Logging.template.json'), JSON.stringify({
      Resources: {
        Logs: { Type: 'AWS::S3::Bucket' },
        Lonely: { Type: 'AWS::S3::Bucket' },
        Data: { Type: 'AWS::S3::Bucket', Properties: { LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' } } } },
      },
    }));
    const base: ScanOptions = { paths: ['.'], requiredTags: ['owner'], cwd: root, now: new Date('2026-12-01T00:00:00Z') };
    // Streamed: many batches, each evaluated while the worker loads the next inputs.
    const streamed = await scan({ ...base, engine: { batchSize: 7 } });
    // Whole: loaded in-process, then every resource in one wasm call at the end.
    const roots = await scanRoots(['.'], root);
    const whole = await scan({ ...base, io: nodeIO(undefined, root, { roots, allowOutsideRoot: false }), engine: { batchSize: 1_000_000 } });

    assert.ok(streamed.summary.resources > 600, `resources: ${streamed.summary.resources}`);
    assert.ok(streamed.findings.length > 500, `findings: ${streamed.findings.length}`);
    const sources = new Set(streamed.findings.map((f) => f.source));
    assert.ok(sources.has('compose') && sources.has('cloudformation') && sources.has('cdk'), [...sources].join(', '));
    const logging = streamed.findings.filter((f) => f.ruleId === 'PAL-S3-008' && f.resource.id.includes('Logging.template')).map((f) => f.resource.name);
    assert.deepEqual(logging, ['Lonely']);
    assert.deepEqual(streamed.errors, whole.errors);
    assert.equal(formatJson(streamed), formatJson(whole));
    assert.equal(formatSarif(streamed), formatSarif(whole));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
