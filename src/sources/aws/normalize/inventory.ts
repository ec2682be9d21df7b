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
  /** `<type>|arn|<arn>` and `<type>|id|<resourceId>` -> position of the first such item. */
  byRef: Map<string, number>;
  flowLogTargets?: Set<unknown>;
}

const indexes = new WeakMap<ConfigItem[], Index>();

function index(inv: Inventory): Index {
  let ix = indexes.get(inv.items);
  if (ix) return ix;
  ix = { byType: new Map(), byRef: new Map() };
  inv.items.forEach((it, i) => {
    const list = ix!.byType.get(it.resourceType);
    if (list) list.push(it);
    else ix!.byType.set(it.resourceType, [it]);
    for (const key of [it.arn === null ? null : `${it.resourceType}|arn|${it.arn}`, it.resourceId === null ? null : `${it.resourceType}|id|${it.resourceId}`]) {
      if (key !== null && !ix!.byRef.has(key)) ix!.byRef.set(key, i);
    }
  });
  indexes.set(inv.items, ix);
  return ix;
}

/** The inventory's items of one type, in inventory order. */
export function itemsOfType(inv: Inventory, type: string): ConfigItem[] {
  return index(inv).byType.get(type) ?? [];
}

/** The first item of `type` whose ARN (or, with `orId`, whose ARN or resource id) is `ref`. */
export function itemByRef(inv: Inventory, type: string, ref: string, orId = false): ConfigItem | undefined {
  const { byRef } = index(inv);
  const a = byRef.get(`${type}|arn|${ref}`);
  const b = orId ? byRef.get(`${type}|id|${ref}`) : undefined;
  const i = a === undefined ? b : b === undefined ? a : Math.min(a, b);
  return i === undefined ? undefined : inv.items[i];
}

/** The resource ids flow logs name (`configuration.resourceId`: a VPC, subnet or interface). */
export function flowLogTargets(inv: Inventory): Set<unknown> {
  const ix = index(inv);
  ix.flowLogTargets ??= new Set(itemsOfType(inv, 'AWS::EC2::FlowLog').map((f) => str(get(f.configuration, 'resourceId'))));
  return ix.flowLogTargets;
}
