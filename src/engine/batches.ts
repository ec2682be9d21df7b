/**
 * How resources are split into wasm calls. Rules that relate resources (Compose siblings and
 * jobs, IAM policies folded into the roles they attach to, S3 log targets, account-level
 * checks) only ever relate resources of one group, so a group is never split; groups are packed
 * whole into batches of about `size` resources.
 */
import type { Resource } from '../model/resource.js';

/**
 * Resources per wasm call. The engine's cost per resource grows with the batch past a few hundred
 * (`npm run bench -- --only curve`: on 5,000 W1 resources 108 µs at 250, about 150 µs at
 * 500-2,000, 209 µs in one call; below 100 the 2 ms of a fresh instance per batch shows), and a
 * batch's memory stays small.
 */
export const DEFAULT_BATCH = 250;

/**
 * Resources that rules may relate share a key: one Compose project or template (resource ids
 * are `<project or template file>#...`), one AWS account and region for live resources.
 */
export function groupKey(r: Resource): string {
  const p = r.provenance;
  if (p.kind === 'cloud') return `cloud:${p.account ?? ''}:${p.region ?? ''}`;
  const hash = r.id.indexOf('#');
  return `file:${hash >= 0 ? r.id.slice(0, hash) : p.file}`;
}

export function batches(resources: Resource[], size = DEFAULT_BATCH): Resource[][] {
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
    for (const r of g) current.push(r);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The inputs a batch holds, for an error that names them. */
export function batchInputs(batch: Resource[]): string[] {
  const names = new Set<string>();
  for (const r of batch) {
    const p = r.provenance;
    names.add(p.kind === 'file' ? p.file : `aws account ${p.account ?? '?'} region ${p.region ?? '?'}`);
  }
  return [...names].sort();
}
