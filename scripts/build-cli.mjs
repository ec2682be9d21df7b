#!/usr/bin/env node
// Bundles the CLI into dist/ with esbuild: dist/cli.js (the bin), dist/cdk.js (`palisade/cdk`)
// and the chunks they share; and the load worker (src/sources/isolate.ts starts
// dist/load-worker.js), as one CommonJS file run through V8's code cache (see below). In the
// main thread every dynamic import() in src/ stays a chunk of its own, loaded when it is reached
// (a console-only scan never loads the report writers), but Node resolves and compiles a few
// files instead of about 150 modules. Every file lands at the top of dist/, one level below the
// package root, as src/package-root.ts and isolate.ts expect.
//
// dist/bundle.meta.json is esbuild's metafile: which source modules each output file holds (the
// start-up test reads it). Types (dist/*.d.ts) come from tsc, run after this (npm run build).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyOpaYaml } from './esbuild-plugins.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');

// Chunk names carry a content hash: start clean, so no stale chunk is left beside new ones.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    cli: join(root, 'src', 'cli.ts'),
    cdk: join(root, 'src', 'cdk.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  // Dependencies are bundled too: that is where most of the modules are.
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module need require.
  banner: { js: "import { createRequire as __palisadeCreateRequire } from 'node:module';\nconst require = __palisadeCreateRequire(import.meta.url);" },
  plugins: [lazyOpaYaml],
});

// The load worker's code is one CommonJS file, dist/load-worker.cjs, run by dist/load-worker.js
// (the worker's entry, which isolate.ts starts) through V8's code cache (src/code-cache.ts):
// Node 20 caches no compiled ES module, and the worker compiles the most code of a small scan
// (the YAML parser, the Compose schema's validators, the CloudFormation loader). Dynamic imports
// inside stay lazy: esbuild turns them into functions that evaluate the module when reached.
const worker = await build({
  absWorkingDir: root,
  entryPoints: { 'load-worker': join(root, 'src', 'sources', 'load-worker.ts') },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  define: { 'import.meta.url': '__palisadeImportMetaUrl' },
  banner: { js: "const __palisadeImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyOpaYaml],
});
// When there was no cache, the 1st, 2nd, 4th, 8th and 16th loads' results are posted after the
// cache is written, so it holds the functions loads compile (more kinds of input as it goes on;
// at most five writes) and a short scan cannot exit before it is saved.
const entry = await build({
  absWorkingDir: root,
  stdin: {
    contents: [
      "import { parentPort } from 'node:worker_threads';",
      "import { runCommonJs } from './src/code-cache.ts';",
      'const post = parentPort.postMessage.bind(parentPort);',
      'let run;',
      'let results = 0;',
      'parentPort.postMessage = (message, transfer) => {',
      "  if (run && message && typeof message === 'object' && 'id' in message) {",
      '    results++;',
      '    if ((results & (results - 1)) === 0) run.save();',
      '    if (results >= 16) run = undefined;',
      '  }',
      '  post(message, transfer);',
      '};',
      "run = runCommonJs(new URL('./load-worker.cjs', import.meta.url));",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'load-worker-entry.js',
    loader: 'js',
  },
  outfile: join(outdir, 'load-worker.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const merged = { inputs: {}, outputs: {} };
for (const m of [result.metafile, worker.metafile, entry.metafile]) {
  Object.assign(merged.inputs, m.inputs);
  Object.assign(merged.outputs, m.outputs);
}
writeFileSync(join(outdir, 'bundle.meta.json'), `${JSON.stringify(merged)}\n`);
chmodSync(join(outdir, 'cli.js'), 0o755);
