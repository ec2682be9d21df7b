#!/usr/bin/env node
// Writes the example reports in reports/ from the bundled fixtures, with the built CLI
// (dist/). `--check` fails when a committed report differs from a fresh one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const EXAMPLES = [
  { name: 'compose-insecure', paths: ['fixtures/compose/insecure'] },
  { name: 'cdk', paths: ['fixtures/cdk/cdk.out'] },
];

const tmp = mkdtempSync(join(tmpdir(), 'palisade-reports-'));
const stale = [];
for (const { name, paths } of EXAMPLES) {
  const json = join(tmp, `${name}.json`);
  const sarif = join(tmp, `${name}.sarif`);
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'scan', ...paths, '--json', json, '--sarif', sarif, '--fail-on', 'none', '-q'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`example-reports: scan ${paths.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  for (const file of [json, sarif]) {
    const target = join(root, 'reports', file.slice(tmp.length + 1));
    if (check) {
      if (!existsSync(target) || !readFileSync(target).equals(readFileSync(file))) stale.push(target.slice(root.length + 1));
    } else {
      copyFileSync(file, target);
    }
  }
}
if (stale.length) {
  console.error(`example-reports: out of date: ${stale.join(', ')}: run npm run docs`);
  process.exit(1);
}
console.log(check ? 'example-reports: up to date' : `example-reports: wrote ${EXAMPLES.length * 2} reports`);
