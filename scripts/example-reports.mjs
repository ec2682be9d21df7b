#!/usr/bin/env node
// Writes the example reports in reports/ from the bundled fixtures, with the built CLI
// (dist/). `--check` fails when a committed report differs from a fresh one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const EXAMPLES = [
  { name: 'compose-insecure', paths: ['fixtures/compose/insecure'] },
  { name: 'cdk', paths: ['fixtures/cdk/cdk.out'] },
];

// A fixed folder, named relative to the root: the output paths are part of the evidence's
// command options, so they must not depend on where the checkout is.
const tmp = join(root, '.reports-tmp');
const rel = (p) => p.slice(root.length + 1);
mkdirSync(tmp, { recursive: true });
const stale = [];
for (const { name, paths } of EXAMPLES) {
  const json = join(tmp, `${name}.json`);
  const sarif = join(tmp, `${name}.sarif`);
  const html = join(tmp, `${name}.html`);
  const md = join(tmp, `${name}.md`);
  // A fixed time keeps the evidence block (and so the files) reproducible.
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'scan', ...paths, '--json', rel(json), '--sarif', rel(sarif), '--html', rel(html), '--markdown', rel(md), '--fail-on', 'none', '-q'], { cwd: root, encoding: 'utf8', env });
  if (r.status !== 0) {
    console.error(`example-reports: scan ${paths.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  for (const file of [json, sarif, html, md]) {
    const target = join(root, 'reports', file.slice(tmp.length + 1));
    if (check) {
      if (!existsSync(target) || !readFileSync(target).equals(readFileSync(file))) stale.push(target.slice(root.length + 1));
    } else {
      copyFileSync(file, target);
    }
  }
}
rmSync(tmp, { recursive: true, force: true });
if (stale.length) {
  console.error(`example-reports: out of date: ${stale.join(', ')}: run npm run docs`);
  process.exit(1);
}
console.log(check ? 'example-reports: up to date' : `example-reports: wrote ${EXAMPLES.length * 4} reports`);
