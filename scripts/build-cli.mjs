#!/usr/bin/env node
// Bundles the CLI into dist/ with esbuild: dist/cli.js (the bin), dist/load-worker.js (the load
// worker's entry, src/sources/isolate.ts), dist/cdk.js (`palisade/cdk`) and the chunks they
// share. Every dynamic import() in src/ stays a chunk of its own, loaded when it is reached (a
// console-only scan never loads the report writers, a template scan never the Compose loader),
// but Node resolves and compiles a few files instead of about 150 modules, in each of the two
// threads. Every file lands at the top of dist/, one level below the package root, as
// src/package-root.ts and isolate.ts expect.
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
    'load-worker': join(root, 'src', 'sources', 'load-worker.ts'),
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
writeFileSync(join(outdir, 'bundle.meta.json'), `${JSON.stringify(result.metafile)}\n`);
chmodSync(join(outdir, 'cli.js'), 0o755);
