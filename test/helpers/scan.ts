/** Shared test helpers: run the real pipeline (loaders + compiled wasm) on files. */
import { scan } from '../../src/scan.js';
import type { ScanOptions, ScanResult } from '../../src/scan.js';

export async function scanPaths(paths: string[], requiredTags: string[] = [], tags?: ScanOptions['tags']): Promise<ScanResult> {
  return scan({ paths, requiredTags, ...(tags ? { tags } : {}) });
}
