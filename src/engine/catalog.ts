import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../findings/types.js';
import { PACKAGE_ROOT } from '../package-root.js';

/** The compiled bundle ships beside the code: policies/bundle at the package root. */
export const BUNDLE_DIR = join(PACKAGE_ROOT, 'policies', 'bundle', '/');
export const ENTRYPOINT = 'palisade/main/results';

export interface Catalog {
  opaVersion: string;
  entrypoint: string;
  rules: Rule[];
}

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  cached ??= JSON.parse(readFileSync(`${BUNDLE_DIR}catalog.json`, 'utf8')) as Catalog;
  return cached;
}
