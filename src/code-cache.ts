/**
 * Runs a CommonJS bundle with V8's code cache, so a short run (the pre-commit hook) does not
 * parse and compile the same code again in every process. Node 20 has no compile cache for ES
 * modules (module.enableCompileCache is Node 22), so the load worker's code is bundled as one
 * CommonJS file (scripts/build-cli.mjs) and compiled here through vm.Script with `cachedData`.
 *
 * The cache only changes how the code is compiled, never what it does: V8 rejects data made by
 * another V8 version or flags, and the file name is a hash of the Node version, the platform and
 * the bundle's own bytes, so a rebuilt bundle never meets an old cache. It lives in the user's
 * cache folder ($XDG_CACHE_HOME or ~/.cache, `palisade/`), which must be the user's own and
 * writable by nobody else, else it is not used; PALISADE_CODE_CACHE=off turns it off, or names
 * another folder. A missing, unreadable or rejected cache is compiled from source and the
 * cache written once (to a temporary file renamed into place, so readers never see half of one).
 * Every failure of the cache is silent: the code then simply runs uncached.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** The folder for cache files, if it is safe to use (created if missing). */
function cacheDir(): string | undefined {
  const setting = process.env.PALISADE_CODE_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  try {
    const dir = setting || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'palisade');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // Someone else's folder, or one others may write to: its files could be anyone's code.
    if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid()) || (st.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

export interface CachedRun {
  /** The code was compiled from a cache V8 accepted. */
  hit: boolean;
  /**
   * Writes the cache if there was none (or V8 rejected it) when this run began: call it when the
   * code has done typical work, so the functions that work compiled are in it. It may be called
   * again later (more work, more functions): each call rewrites the cache.
   */
  save(): void;
}

/** Runs the CommonJS file at `url` (its own require, module and __filename) with the code cache. */
export function runCommonJs(url: URL): CachedRun {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const dir = cacheDir();
  const prefix = `${basename(file)}-`;
  const cacheFile = dir && join(dir, `${prefix}${createHash('sha256').update(`${process.version} ${process.platform} ${process.arch}\n`).update(source).digest('hex').slice(0, 32)}.v8`);
  let cached: Buffer | undefined;
  if (cacheFile) {
    try {
      const st = statSync(cacheFile);
      if (!process.getuid || st.uid === process.getuid()) cached = readFileSync(cacheFile);
    } catch {
      cached = undefined;
    }
  }
  // Node's own CommonJS wrapper, so the bundle sees the usual module scope.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const stale = cacheFile !== undefined && (cached === undefined || script.cachedDataRejected === true);
  return {
    hit: cached !== undefined && script.cachedDataRejected !== true,
    save() {
      if (!stale || !cacheFile || !dir) return;
      try {
        const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
        // Caches of earlier builds or Node versions of the same file are never read again.
        for (const name of readdirSync(dir)) if (name.startsWith(prefix) && name.endsWith('.v8') && join(dir, name) !== cacheFile) rmSync(join(dir, name), { force: true });
      } catch {
        // No cache this time.
      }
    },
  };
}
