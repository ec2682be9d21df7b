/** The file-system edge for loaders: size-limited reads that return errors as data. */
import { readFile, stat, access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputError } from '../model/resource.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface SourceIO {
  /** Reads a UTF-8 file, or returns an InputError naming it. */
  readText(path: string): Promise<string | InputError>;
  exists(path: string): Promise<boolean>;
}

export function isInputError(x: unknown): x is InputError {
  return typeof x === 'object' && x !== null && 'message' in x && 'file' in x && 'level' in x;
}

/** Reads files named relative to `cwd` (the scan's working directory), as findings name them. */
export function nodeIO(maxBytes = DEFAULT_MAX_BYTES, cwd = process.cwd()): SourceIO {
  return {
    async readText(shown) {
      const path = resolve(cwd, shown);
      try {
        const s = await stat(path);
        if (!s.isFile()) return { file: shown, level: 'error', message: 'read: not a regular file' };
        if (s.size > maxBytes) {
          return { file: shown, level: 'error', message: `read: file is ${s.size} bytes, larger than the ${maxBytes}-byte limit` };
        }
        return await readFile(path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : (err as Error).message;
        return { file: shown, level: 'error', message: `read: ${why}` };
      }
    },
    async exists(shown) {
      try {
        await access(resolve(cwd, shown));
        return true;
      } catch {
        return false;
      }
    },
  };
}
