/**
 * A file's digest as the evidence record gives it. In a module of its own: the load worker
 * imports it (and node:crypto) only for a scan that will write a report.
 */
import { createHash } from 'node:crypto';
import type { FileDigest } from '../model/resource.js';

/** `file` with forward slashes. */
export function digestOf(file: string, bytes: Uint8Array): FileDigest {
  return { file: file.split('\\').join('/'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
