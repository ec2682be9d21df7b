/**
 * Lookups across a region's inventory for normalizers that consult other items (a VPC's flow
 * logs, a table's or a secret's KMS key). Each index is built once per inventory, on first use:
 * scanning every item for every VPC, table or secret was quadratic in large accounts.
 */
import type { ConfigItem } from './item.js';
import { get, str } from './read.js';
import type { Inventory } from './services.js';

interface Index {
  byType: Map<string, ConfigItem[]>;
  /** Per type, on the first lookup of that type: ARN and resource id -> position of the first such item. */
  refs: Map<string, { arn: Map<string, number>; id: Map<string, number> }>;
  flowLogTargets?: Set<unknown>;
}

const indexes = new WeakMap<ConfigItem[], Index>();

function index(inv: Inventory): Index {
  let ix = indexes.get(inv.items);
  if (ix) return ix;
  ix = { byType: new Map(), refs: new Map() };
  for (const it of inv.items) {
    const list = ix.byType.get(it.resourceType);
    if (list) list.push(it);
    else ix.byType.set(it.resourceType, [it]);
  }
  indexes.set(inv.items, ix);
  return ix;
}

/** The ARN and resource id maps of one type: built for the types looked up only (KMS keys), not for every item. */
function refsOf(inv: Inventory, type: string): { arn: Map<string, number>; id: Map<string, number> } {
  const ix = index(inv);
  let refs = ix.refs.get(type);
  if (refs) return refs;
  refs = { arn: new Map(), id: new Map() };
  inv.items.forEach((it, i) => {
    if (it.resourceType !== type) return;
    if (it.arn !== null && !refs!.arn.has(it.arn)) refs!.arn.set(it.arn, i);
    if (it.resourceId !== null && !refs!.id.has(it.resourceId)) refs!.id.set(it.resourceId, i);
  });
  ix.refs.set(type, refs);
  return refs;
}

/** The inventory's items of one type, in inventory order. */
export function itemsOfType(inv: Inventory, type: string): ConfigItem[] {
  return index(inv).byType.get(type) ?? [];
}

/** The first item of `type` whose ARN (or, with `orId`, whose ARN or resource id) is `ref`. */
export function itemByRef(inv: Inventory, type: string, ref: string, orId = false): ConfigItem | undefined {
  const refs = refsOf(inv, type);
  const a = refs.arn.get(ref);
  const b = orId ? refs.id.get(ref) : undefined;
  const i = a === undefined ? b : b === undefined ? a : Math.min(a, b);
  return i === undefined ? undefined : inv.items[i];
}

/** The resource ids flow logs name (`configuration.resourceId`: a VPC, subnet or interface). */
export function flowLogTargets(inv: Inventory): Set<unknown> {
  const ix = index(inv);
  ix.flowLogTargets ??= new Set(itemsOfType(inv, 'AWS::EC2::FlowLog').map((f) => str(get(f.configuration, 'resourceId'))));
  return ix.flowLogTargets;
}
