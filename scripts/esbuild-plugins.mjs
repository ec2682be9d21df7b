// esbuild plugins shared by the CLI bundle (build-cli.mjs) and the Action bundle (build-action.mjs).
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The opa-wasm SDK requires its own yaml (v1) when it loads, for Rego's yaml.* builtins, which
 * no built-in rule calls: about a fifth of the engine's start-up. Here the require waits until a
 * (custom) policy calls one of them. The build fails if the SDK's source no longer has the line.
 */
export const lazyOpaYaml = {
  name: 'lazy-opa-yaml',
  setup(b) {
    b.onLoad({ filter: /[\\/]@open-policy-agent[\\/]opa-wasm[\\/]src[\\/]builtins[\\/]yaml\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const eager = 'const yaml = require("yaml");';
      if (!text.includes(eager)) throw new Error(`lazy-opa-yaml: ${args.path} no longer starts with ${eager}; update scripts/esbuild-plugins.mjs`);
      const lazy = 'let yamlLib;\nconst yaml = { parse: (...a) => (yamlLib ??= require("yaml")).parse(...a), stringify: (...a) => (yamlLib ??= require("yaml")).stringify(...a) };';
      return { contents: text.replace(eager, lazy), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};
