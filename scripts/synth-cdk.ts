/**
 * Synthesizes the fixture CDK apps (fixtures/cdk/app, fixtures/cdk-framework/app) into cloud
 * assemblies, in-process, without the CDK CLI, and normalizes them so each committed cdk.out is
 * byte-identical to a fresh synth on any machine and at any clone path.
 *
 *   npx tsx scripts/synth-cdk.ts                          every fixture, into its committed cdk.out
 *   npx tsx scripts/synth-cdk.ts [--fixture NAME] OUTDIR  one fixture (default: platform) into OUTDIR
 *
 * Normalization:
 * - every absolute path (the output directory, the repo root, its real path, as a path or
 *   a file:// URL, either slash) becomes relative: frames read `fixtures/cdk/app/lib/x.ts:12:5`;
 * - creation stacks are cut after the last frame in the app: what lies below it (this script,
 *   tsx, node internals) depends on how the script was launched, not on the app;
 * - anything still looking like a machine path afterwards fails the run rather than being
 *   committed.
 * Nothing in the output varies with time: version reporting (whose compressed payload
 * depends on zlib) and the date-aware built-in validation are off.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as cxapi from 'aws-cdk-lib/cx-api';
import type { App, AppProps } from 'aws-cdk-lib';
import { buildPlatformApp } from '../fixtures/cdk/app/lib/platform-app.js';
import { buildFrameworkApp } from '../fixtures/cdk-framework/app/lib/framework-app.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Fixture {
  /** The app's folder, relative to the repo root, with a trailing slash. */
  appDir: string;
  outdir: string;
  build: (props: AppProps) => App;
  /**
   * Leave out the staged asset folders (`asset.<hash>/`): the handlers aws-cdk-lib bundles for
   * its own functions are its code, not ours to commit, and Palisade reads only the templates,
   * manifests and metadata.
   */
  dropStagedAssets?: boolean;
}

export const FIXTURES: Record<string, Fixture> = {
  platform: { appDir: 'fixtures/cdk/app/', outdir: 'fixtures/cdk/cdk.out', build: buildPlatformApp },
  framework: { appDir: 'fixtures/cdk-framework/app/', outdir: 'fixtures/cdk-framework/cdk.out', build: buildFrameworkApp, dropStagedAssets: true },
};

/** Context the CDK CLI would pass, plus creation stacks, which the CLI turns off outside --debug. */
const SYNTH_CONTEXT: Record<string, unknown> = {
  [cxapi.PATH_METADATA_ENABLE_CONTEXT]: true,
  [cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT]: true,
  [cxapi.DISABLE_CREATION_STACK_TRACES]: false,
  [cxapi.DISABLE_METADATA_STACK_TRACE]: false,
};

/** Environment variables through which the caller's shell could change the assembly. */
const HOST_ENV = ['CDK_CONTEXT_JSON', 'CDK_CONTEXT_OVERFLOW_LOCATION', 'CDK_OUTDIR', 'CDK_DEBUG', 'CDK_DISABLE_STACK_TRACE'];

function synthFixture(fixture: Fixture, outdirArg: string = fixture.outdir): string {
  const outdir = resolve(outdirArg);
  for (const name of HOST_ENV) delete process.env[name];
  // Deep enough to reach the app's frames from inside any construct; the rest is cut below.
  Error.stackTraceLimit = 200;

  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  // Called as a plain function: as `fixture.build(...)` its frames would read `Object.buildPlatformApp`.
  const build = fixture.build;
  const app = build({
    outdir,
    analyticsReporting: false,
    builtinCloudFormationValidation: false,
    postCliContext: SYNTH_CONTEXT,
  });
  app.synth();
  if (fixture.dropStagedAssets) {
    for (const name of readdirSync(outdir)) if (/^asset\.[0-9a-f]{64}$/.test(name)) rmSync(join(outdir, name), { recursive: true, force: true });
  }
  normalizeAssembly(outdir, fixture.appDir);
  return outdir;
}

// ---------------------------------------------------------------------------------------------

/**
 * Absolute prefixes as they may appear in the output, longest first. Paths into the output
 * directory become relative to it (it may live inside the repo), all others to the repo root.
 */
function prefixesFor(outdir: string): string[] {
  const prefixes = new Set<string>();
  for (const abs of [outdir, REPO_ROOT]) {
    for (const v of new Set([abs, safeRealpath(abs)])) {
      prefixes.add(pathToFileURL(v).href + '/');
      prefixes.add(v + '/');
      prefixes.add(v + '\\');
      prefixes.add(v.replaceAll('\\', '/') + '/');
    }
  }
  return [...prefixes].sort((a, b) => b.length - a.length);
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function relativizeString(s: string, prefixes: string[]): string {
  let out = s;
  for (const prefix of prefixes) {
    if (!out.includes(prefix)) continue;
    // The path that follows the prefix gets forward slashes, up to the end of the path token.
    out = out.split(prefix).map((part, i) => (i === 0 ? part : part.replace(/^[^\s()'"]*/, (m) => m.replaceAll('\\', '/')))).join('');
  }
  return out;
}

const frameInApp = (appDir: string) => new RegExp(`\\(${appDir.replaceAll('/', '\\/')}[^()]*:\\d+(:\\d+)?\\)$|^${appDir.replaceAll('/', '\\/')}`);

/**
 * Keeps a trace up to its last frame in the app; below it are the launcher's frames. A trace
 * with no app frame (a construct CDK adds during synth) keeps only its leading CDK summary lines.
 */
function cutTrace(frames: unknown[], inApp: RegExp): unknown[] {
  const isAppFrame = (f: unknown) => typeof f === 'string' && inApp.test(f);
  const lastApp = frames.findLastIndex(isAppFrame);
  if (lastApp !== -1) return frames.slice(0, lastApp + 1);
  const firstConcrete = frames.findIndex((f) => typeof f === 'string' && !/^\s*(\.\.\.|\()/.test(f));
  return firstConcrete === -1 ? frames : frames.slice(0, firstConcrete);
}

function normalizeValue(value: unknown, prefixes: string[], inApp: RegExp): unknown {
  if (typeof value === 'string') return relativizeString(value, prefixes);
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, prefixes, inApp));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[relativizeString(k, prefixes)] = normalizeValue(v, prefixes, inApp);
    // A metadata entry: { type, data, trace? }.
    if (out.type === 'aws:cdk:creationStack' && Array.isArray(out.data)) out.data = cutTrace(out.data, inApp);
    if (typeof out.type === 'string' && Array.isArray(out.trace)) out.trace = cutTrace(out.trace, inApp);
    return out;
  }
  return value;
}

/** Re-serializes JSON the way CDK wrote it: same indentation (or none), same trailing newline. */
function stringifyLike(original: string, value: unknown): string {
  const indent = /^[[{]\r?\n( +)/.exec(original)?.[1]?.length;
  const body = indent ? JSON.stringify(value, undefined, indent) : JSON.stringify(value);
  return original.endsWith('\n') ? body + '\n' : body;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

function normalizeAssembly(outdir: string, appDir: string): void {
  const prefixes = prefixesFor(outdir);
  const inApp = frameInApp(appDir);
  const leaks = [REPO_ROOT, safeRealpath(REPO_ROOT), outdir, safeRealpath(outdir), tmpdir(), homedir()].filter((p) => p.length > 1);
  for (const file of filesUnder(outdir)) {
    const original = readFileSync(file, 'utf8');
    let text: string;
    try {
      text = stringifyLike(original, normalizeValue(JSON.parse(original), prefixes, inApp));
    } catch {
      text = relativizeString(original, prefixes);
    }
    const leak = leaks.find((p) => text.includes(p));
    if (leak) throw new Error(`normalize ${relative(REPO_ROOT, file)}: still contains the machine path ${leak}`);
    if (text !== original) writeFileSync(file, text);
  }
}

// Run as a script (not when imported).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--fixture');
  const name = at >= 0 ? args.splice(at, 2)[1] : undefined;
  if (name !== undefined && !FIXTURES[name]) throw new Error(`synth-cdk: no fixture ${name} (${Object.keys(FIXTURES).join(', ')})`);
  // No output folder: every fixture into its committed place.
  const jobs = args[0] === undefined && name === undefined ? Object.values(FIXTURES).map((f) => [f, f.outdir] as const) : [[FIXTURES[name ?? 'platform']!, args[0]] as const];
  for (const [fixture, out] of jobs) {
    const started = performance.now();
    const outdir = synthFixture(fixture, out);
    console.log(`synthesized ${relative(process.cwd(), outdir) || '.'} in ${Math.round(performance.now() - started)} ms`);
  }
}
