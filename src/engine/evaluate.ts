/**
 * Runs the compiled policy bundle. The wasm module is loaded once per process;
 * configuration goes in as data, normalized resources as input.
 */
import { readFile } from 'node:fs/promises';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { toPolicyResource } from '../model/resource.js';
import type { Resource } from '../model/resource.js';
import { BUNDLE_DIR, ENTRYPOINT } from './catalog.js';

/** What a rule returns, tagged by main.rego with the rule's package. */
export interface RawResult {
  rule: string;
  resource: string;
  path: Array<string | number>;
  msg: string;
}

export interface PolicyData {
  required_tags?: string[];
  [key: string]: unknown;
}

let policyPromise: Promise<LoadedPolicy> | undefined;

function policy(): Promise<LoadedPolicy> {
  policyPromise ??= readFile(`${BUNDLE_DIR}policy.wasm`).then((wasm) => loadPolicy(wasm));
  return policyPromise;
}

/** Resources per evaluation: bounds wasm memory on very large live scans. */
const BATCH = 2000;

/** Resources that may judge each other (one file, one account and region) stay in one batch. */
function groupKey(r: Resource): string {
  const p = r.provenance;
  return p.kind === 'file' ? `file:${p.file}` : `cloud:${p.account ?? ''}:${p.region ?? ''}`;
}

export function batches(resources: Resource[], size = BATCH): Resource[][] {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    const key = groupKey(r);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: Resource[][] = [];
  let current: Resource[] = [];
  for (const g of groups.values()) {
    if (current.length > 0 && current.length + g.length > size) {
      out.push(current);
      current = [];
    }
    current.push(...g);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export async function evaluate(resources: Resource[], config: PolicyData): Promise<RawResult[]> {
  const p = await policy();
  p.setData({ config });
  const out: RawResult[] = [];
  for (const batch of batches(resources)) {
    const rs = p.evaluate({ resources: batch.map(toPolicyResource) }, ENTRYPOINT) as Array<{ result: RawResult[] }>;
    for (const r of rs) out.push(...r.result);
  }
  return out;
}
