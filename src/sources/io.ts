/**
 * The file-system edge for loaders: reads confined to the scan root, of regular files only,
 * size-limited while reading, decoded strictly; every refusal is an InputError (data).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputError } from '../model/resource.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface SourceIO {
  /** Reads a text file (UTF-8, or UTF-16 with a byte-order mark), or returns an InputError naming it. */
  readText(path: string): Promise<string | InputError>;
  exists(path: string): Promise<boolean>;
}

export interface IOOptions {
  /**
   * Folders every read must stay inside, after following symbolic links. Unset: no confinement
   * (library callers reading their own files); a scan always sets them (see scanRoots).
   */
  roots?: string[];
  /** --allow-outside-root: reads anywhere, still regular files only and size-limited. */
  allowOutsideRoot?: boolean;
  /**
   * The roots' real paths, by root resolved against the reader's cwd, looked up once per scan
   * (withRealRoots) so a reader made per input (the load worker's) need not look them up again.
   */
  realRoots?: Record<string, string>;
}

export function isInputError(x: unknown): x is InputError {
  return typeof x === 'object' && x !== null && 'message' in x && 'file' in x && 'level' in x;
}

/** Fixed words: never the target's content, kind or existence. */
export const OUTSIDE_ROOT = 'read: refused, outside the scan root (--allow-outside-root permits it)';

const MAX_LINK_HOPS = 40;

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * A root's real path, looked up once per reader. Safe to keep for the scan: it depends only on
 * the root's ancestors and the root's own directory entry, which lie outside the root, so no
 * file the scan reads (everything inside the root) can change it; every component below the root
 * is still checked (lstat) on every read, as before.
 */
export type RealRoots = (root: string) => Promise<string>;

export function realRootCache(given: Record<string, string> = {}): RealRoots {
  const known = new Map<string, Promise<string>>();
  return (root) => {
    if (Object.hasOwn(given, root)) return Promise.resolve(given[root]!);
    let real = known.get(root);
    if (!real) {
      real = realpath(root);
      known.set(root, real);
      // A root that did not resolve is looked up again next time, as it was before the cache.
      real.catch(() => known.delete(root));
    }
    return real;
  };
}

export type Confined = { ok: true; real: string } | { ok: false; why: 'outside' | 'missing' | 'loop' };

/**
 * Resolves `path` (absolute, lexically normalized) one component at a time from the real path of
 * the root it lies in, following each symbolic link only while its target stays inside that root.
 * Nothing outside the root is ever looked at, so a refusal says nothing about what is there.
 */
export async function confine(path: string, roots: string[], realRoots?: RealRoots): Promise<Confined> {
  for (const root of roots) {
    if (!inside(root, path)) continue;
    let realRoot: string;
    try {
      realRoot = await (realRoots ? realRoots(root) : realpath(root));
    } catch {
      return { ok: false, why: 'missing' };
    }
    let rest = relative(root, path).split(sep).filter((c) => c !== '' && c !== '.');
    let current = realRoot;
    let hops = 0;
    while (rest.length > 0) {
      const comp = rest.shift()!;
      if (comp === '..') {
        current = dirname(current);
        if (!inside(realRoot, current)) return { ok: false, why: 'outside' };
        continue;
      }
      const next = join(current, comp);
      let s;
      try {
        // Synchronous, as the reads are (see readLimited): a path component, not a file's contents.
        s = lstatSync(next);
      } catch {
        return { ok: false, why: 'missing' };
      }
      if (!s.isSymbolicLink()) {
        current = next;
        continue;
      }
      if (++hops > MAX_LINK_HOPS) return { ok: false, why: 'loop' };
      const target = resolve(current, readlinkSync(next), ...rest);
      const base = inside(realRoot, target) ? realRoot : inside(root, target) ? root : undefined;
      if (base === undefined) return { ok: false, why: 'outside' };
      rest = relative(base, target).split(sep).filter((c) => c !== '' && c !== '.');
      current = realRoot;
    }
    return { ok: true, real: current };
  }
  return { ok: false, why: 'outside' };
}

/**
 * The scan root of each path given: the working directory when the path lies inside it (the
 * checked-out repository), otherwise the path itself if a folder, or the folder of a file.
 */
export async function scanRoots(paths: string[], cwd: string): Promise<string[]> {
  const roots = new Set<string>();
  for (const given of paths) {
    const p = resolve(cwd, given);
    if (inside(cwd, p)) roots.add(cwd);
    else {
      const isDir = await stat(p).then((s) => s.isDirectory(), () => false);
      roots.add(isDir ? p : dirname(p));
    }
  }
  if (roots.size === 0) roots.add(cwd);
  return [...roots];
}

/**
 * `io` with the real path of each root that resolves (see RealRoots for why one look-up per scan
 * is safe); a root that does not resolve is left out and looked up on each read, as before.
 */
export async function withRealRoots(io: IOOptions, cwd: string): Promise<IOOptions> {
  if (!io.roots || io.allowOutsideRoot) return io;
  const realRoots: Record<string, string> = {};
  for (const root of io.roots.map((r) => resolve(cwd, r))) {
    const real = await realpath(root).catch(() => undefined);
    if (real !== undefined) realRoots[root] = real;
  }
  return { ...io, realRoots };
}

/** Decodes strictly: a UTF-16 byte-order mark switches encoding; invalid bytes are an error with their line. */
export function decodeText(buf: Buffer): { text: string } | { line: number; message: string } {
  const utf16 = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
  const encoding = utf16 ?? 'utf-8';
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(buf);
    return { text };
  } catch {
    const loose = new TextDecoder(encoding).decode(buf);
    const at = loose.indexOf('\uFFFD');
    const line = at < 0 ? 1 : loose.slice(0, at).split('\n').length;
    return { line, message: `read: not valid ${utf16 ? 'UTF-16' : 'UTF-8'} text` };
  }
}

type Read = Buffer | 'not-regular' | 'too-large' | 'would-block';

/**
 * Reads at most maxBytes + 1 bytes: the limit holds for files whose size stat cannot tell.
 * Synchronous: only a regular file is ever read (a FIFO or device is refused after the open,
 * which O_NONBLOCK keeps from waiting for a writer), and loading runs in the load worker. The
 * promise API cost W1 about 0.25 s of CPU more for its 1,000 files (a thread-pool round trip
 * for each of the open, stat, reads and close) than these calls, 0.03-0.04 s.
 */
function readLimited(path: string, maxBytes: number, noFollow: boolean): Read {
  return readOpen(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0)), maxBytes);
}

/** readLimited on a file already open; closes it. */
function readOpen(fd: number, maxBytes: number): Read {
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return 'not-regular';
    if (s.size > maxBytes) return 'too-large';
    // Sized by the stat, plus a byte to see the end: a zero-filled megabyte per file cost more
    // than parsing a small one. A file that grows while it is read gets more chunks, up to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    let buf = Buffer.allocUnsafe(Math.min(s.size + 1, maxBytes + 1));
    let used = 0;
    for (;;) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buf, used, buf.length - used, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return 'would-block';
        throw err;
      }
      if (bytesRead === 0) break;
      used += bytesRead;
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
      if (used === buf.length) {
        chunks.push(buf);
        buf = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
        used = 0;
      }
    }
    chunks.push(buf.subarray(0, used));
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads files named relative to `cwd` (the scan's working directory), as findings name them.
 * `onRead` is given every file read whole (before decoding: a file that is not valid text was
 * still read), for the evidence record's digests.
 */
export function nodeIO(maxBytes = DEFAULT_MAX_BYTES, cwd = process.cwd(), options: IOOptions = {}, onRead?: (file: string, bytes: Buffer) => void): SourceIO {
  const confined = options.roots && !options.allowOutsideRoot ? options.roots.map((r) => resolve(cwd, r)) : undefined;
  const realRoots = realRootCache(options.realRoots);
  const locate = async (shown: string): Promise<{ path: string } | { error: string }> => {
    const path = resolve(cwd, shown);
    if (!confined) return { path };
    const c = await confine(path, confined, realRoots);
    if (c.ok) return { path: c.real };
    return { error: c.why === 'outside' ? OUTSIDE_ROOT : c.why === 'loop' ? 'read: too many levels of symbolic links' : 'read: no such file' };
  };
  /**
   * The common case in one open: the file's folder confined (no look-up at all for a file right
   * in a root), then the file opened without following a link. That is what confine() followed
   * by readLimited() do when the file is no link: confine() walks the folder's components the
   * same way and lstats the file only to find a link, which O_NOFOLLOW refuses here. Anything
   * else (a link, a missing file, a refused folder, any error) returns undefined and takes the
   * full path, so every refusal and message is the one it was.
   */
  const openDirect = async (path: string): Promise<number | undefined> => {
    if (!confined) return undefined;
    const dir = dirname(path);
    const root = confined.find((r) => inside(r, path));
    if (dir === path || root === undefined || root === path || confined.find((r) => inside(r, dir)) !== root) return undefined;
    const d = await confine(dir, confined, realRoots);
    if (!d.ok) return undefined;
    try {
      return openSync(join(d.real, basename(path)), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch {
      return undefined;
    }
  };
  return {
    async readText(shown) {
      const fail = (message: string, line?: number): InputError => ({ file: shown, ...(line !== undefined ? { line } : {}), level: 'error', message });
      const direct = await openDirect(resolve(cwd, shown));
      const where = direct !== undefined ? { path: '' } : await locate(shown);
      if ('error' in where) return fail(where.error);
      try {
        const buf = direct !== undefined ? readOpen(direct, maxBytes) : readLimited(where.path, maxBytes, confined !== undefined);
        if (buf === 'not-regular') return fail('read: not a regular file');
        if (buf === 'would-block') return fail('read: not a regular file (reading would block)');
        if (buf === 'too-large') return fail(`read: file is larger than the ${maxBytes}-byte limit`);
        onRead?.(shown, buf);
        const decoded = decodeText(buf);
        return 'text' in decoded ? decoded.text : fail(decoded.message, decoded.line);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'ELOOP' ? 'too many levels of symbolic links' : code === 'EISDIR' ? 'not a regular file' : (code ?? 'failed');
        return fail(`read: ${why}`);
      }
    },
    async exists(shown) {
      const where = await locate(shown);
      // A refused path "exists": the read that follows reports the refusal, which says nothing of the target.
      if ('error' in where) return where.error === OUTSIDE_ROOT;
      try {
        lstatSync(where.path);
        return true;
      } catch {
        return false;
      }
    },
  };
}
