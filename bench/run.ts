/**
 * Benchmarks: prints figures, asserts nothing. `npm run bench`.
 * Generates a large Compose project and a large CloudFormation template in a temp folder,
 * then times discovery + load + wasm evaluation + reporting, and the wasm evaluation alone.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scan, loadAll } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { evaluate } from '../src/engine/evaluate.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatJson } from '../src/report/json.js';

function composeFile(services: number): string {
  const lines = ['services:'];
  for (let i = 0; i < services; i++) {
    lines.push(
      `  svc${i}:`,
      `    image: ${i % 3 === 0 ? 'postgres:latest' : 'nginx:1.27'}`,
      `    privileged: ${i % 5 === 0}`,
      '    ports:',
      `      - "${10000 + i}:80"`,
      '    environment:',
      `      DB_PASSWORD: secret${i}`,
      `      LOG_LEVEL: info`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function template(resources: number): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
  for (let i = 0; i < resources; i++) {
    lines.push(`  Bucket${i}:`, '    Type: AWS::S3::Bucket');
    if (i % 2 === 0) {
      lines.push('    Properties:', '      BucketEncryption:', '        ServerSideEncryptionConfiguration:', '          - ServerSideEncryptionByDefault:', '              SSEAlgorithm: aws:kms');
    }
    lines.push(`  Key${i}:`, '    Type: AWS::KMS::Key', '    Properties:', `      EnableKeyRotation: ${i % 2 === 0}`);
  }
  return `${lines.join('\n')}\n`;
}

async function time<T>(label: string, fn: () => Promise<T>, runs = 5): Promise<T> {
  let result: T | undefined;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(48)} median ${median.toFixed(1).padStart(8)} ms   min ${samples[0]!.toFixed(1).padStart(8)} ms   (${runs} runs)`);
  return result!;
}

const dir = mkdtempSync(join(tmpdir(), 'palisade-bench-'));
try {
  for (let p = 0; p < 20; p++) writeFileSync(join(dir, `compose.p${p}.yaml`), composeFile(50));
  writeFileSync(join(dir, 'template.yaml'), template(1000));
  const rel = relative(process.cwd(), dir);

  const found = await discover([rel]);
  const loaded = await loadAll(found.inputs, nodeIO());
  console.log(`inputs: ${found.inputs.length}, resources: ${loaded.resources.length}, load errors: ${loaded.errors.length}`);

  await time('discover', () => discover([rel]));
  await time('load (parse + normalize)', () => loadAll(found.inputs, nodeIO()));
  const raw = await time('evaluate (wasm, all resources)', () => evaluate(loaded.resources, { required_tags: ['owner'] }));
  console.log(`raw results: ${raw.length}`);
  const result = await time('scan end to end', () => scan({ paths: [rel], requiredTags: ['owner'] }));
  await time('format JSON + SARIF', async () => [formatJson(result), formatSarif(result)]);
  console.log(`findings: ${result.findings.length}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
