/**
 * AWS Config per region: recorder presence and status, then the inventory. Where Config answers
 * advanced queries, SelectResourceConfig reads every type it covers in pages of 100 items of any
 * type (about 100 calls for 10,000 resources, against one list call per type plus one list and
 * one batch-get call per 100 resources of a type), after a COUNT(*) of the same query so that
 * an item not returned is a reported gap. Where it does not (moto answers any expression with
 * an empty result, no count row), and for the types advanced query does not cover, the inventory
 * is ListDiscoveredResources + BatchGetResourceConfig (batches of 100, pages bounded). A key
 * asked for and not returned is a reported gap, never a silent loss. Aggregator mode goes
 * through ListAggregateDiscoveredResources + BatchGetAggregateResourceConfig.
 */
import {
  BatchGetAggregateResourceConfigCommand,
  BatchGetResourceConfigCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  ListDiscoveredResourcesCommand,
  ListAggregateDiscoveredResourcesCommand,
  SelectResourceConfigCommand,
  type ResourceType,
} from '@aws-sdk/client-config-service';
import type { InputError } from '../../model/resource.js';
import type { AwsClients } from './clients.js';
import { describeAwsError } from './clients.js';
import { NORMALIZED_TYPES } from './normalize/index.js';

/** Bound on pages per resource type (100 keys a page: 100,000 resources of one type). */
export const MAX_PAGES = 1000;
export const BATCH = 100;

/**
 * Types a normalizer reads that the live inventory does not request, each with the reason
 * (none today: every normalized type is requested).
 */
export const INVENTORY_EXCLUDED: Readonly<Record<string, string>> = {};

/**
 * The resource types the inventory asks Config for: every type a normalizer reads, less
 * INVENTORY_EXCLUDED (test/aws-live-inventory.test.ts checks the reasons and the lookups the
 * normalizers make). All but SELECT_UNSUPPORTED go into the one advanced query's pages.
 */
export const INVENTORY_TYPES: readonly string[] = NORMALIZED_TYPES.filter((t) => !(t in INVENTORY_EXCLUDED));

/**
 * Inventory types AWS Config's advanced query does not cover (absent from its published
 * property lists, aws-config-resource-schema `config/properties/resource-types/`): always read
 * with ListDiscoveredResources + BatchGetResourceConfig.
 */
export const SELECT_UNSUPPORTED: ReadonlySet<string> = new Set(['AWS::Logs::LogGroup', 'AWS::ElastiCache::ReplicationGroup']);

/** What a selected item carries: the fields normalize/item.ts reads, in the snapshot-item shape. */
const SELECT_FIELDS = 'resourceType, resourceId, resourceName, arn, accountId, awsRegion, configurationItemStatus, configuration, supplementaryConfiguration, tags';

export interface Where {
  account: string;
  region: string;
}

export const originOf = (w: Where) => `aws:${w.account}/${w.region}`;

export function gap(w: Where, message: string, level: InputError['level'] = 'error'): InputError {
  return { file: originOf(w), level, message };
}

export interface RegionInventory {
  recorders: unknown[];
  recorderStatus: unknown[];
  items: unknown[];
  errors: InputError[];
  /**
   * Types whose read was cut short (a failed or bounded call): a missing item of one of them does
   * not mean the resource is absent, whatever the recorder records (see recordedComplete).
   */
  incomplete: ReadonlySet<string>;
}

/**
 * Which types are recorded and were read whole: a normalizer may take "no item of the type" for
 * "none exists" only then (a VPC's flow logs), never for a type whose read failed part-way.
 */
export function recordedComplete(records: (resourceType: string) => boolean, inv: Pick<RegionInventory, 'incomplete'>): (resourceType: string) => boolean {
  return (type) => !inv.incomplete.has(type) && records(type);
}

/** Recorders and their status. Throws when Config itself cannot be reached (the region fails). */
export async function recorderStatus(clients: AwsClients, region: string): Promise<{ recorders: unknown[]; recorderStatus: unknown[] }> {
  const r = await clients.send<'config', { ConfigurationRecorders?: unknown[] }>('config', region, new DescribeConfigurationRecordersCommand({}));
  const s = await clients.send<'config', { ConfigurationRecordersStatus?: unknown[] }>('config', region, new DescribeConfigurationRecorderStatusCommand({}));
  return { recorders: r.ConfigurationRecorders ?? [], recorderStatus: s.ConfigurationRecordersStatus ?? [] };
}

interface Key {
  resourceType: string;
  resourceId: string;
}

/**
 * One region's inventory. A failure before anything is read throws (the caller records the
 * region as failed); a failure part-way keeps what was read and reports the rest as a gap.
 */
export async function regionInventory(clients: AwsClients, where: Where, types: readonly string[] = INVENTORY_TYPES): Promise<RegionInventory> {
  const { recorders, recorderStatus: status } = await recorderStatus(clients, where.region);
  const errors: InputError[] = [];
  const items: unknown[] = [];
  const incomplete = new Set<string>();
  if (recorders.length === 0) return { recorders, recorderStatus: status, items, errors, incomplete };
  const selectable = types.filter((t) => !SELECT_UNSUPPORTED.has(t));
  const selected = selectable.length > 0 ? await selectInventory(clients, where, selectable) : undefined;
  if (selected) {
    items.push(...selected.items);
    errors.push(...selected.errors);
    // The pages mix types: any gap in them may be of any selected type.
    if (selected.errors.length > 0) for (const t of selectable) incomplete.add(t);
  }
  for (const type of selected ? types.filter((t) => SELECT_UNSUPPORTED.has(t)) : types) {
    const before = errors.length;
    const keys: Key[] = [];
    let token: string | undefined;
    let pages = 0;
    try {
      do {
        const page = await clients.send<'config', { resourceIdentifiers?: Array<{ resourceType?: string; resourceId?: string }>; nextToken?: string }>(
          'config',
          where.region,
          new ListDiscoveredResourcesCommand({ resourceType: type as ResourceType, limit: BATCH, ...(token ? { nextToken: token } : {}) }),
        );
        for (const id of page.resourceIdentifiers ?? []) if (id.resourceType && id.resourceId) keys.push({ resourceType: id.resourceType, resourceId: id.resourceId });
        token = page.nextToken || undefined;
        pages++;
      } while (token && pages < MAX_PAGES);
      if (token) errors.push(gap(where, `${type}: more than ${MAX_PAGES} pages of discovered resources; the rest were not read`));
    } catch (err) {
      errors.push(gap(where, `${type}: ListDiscoveredResources failed after ${keys.length} resources: ${describeAwsError(err)}`));
    }
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      try {
        const got = await clients.send<'config', { baseConfigurationItems?: unknown[]; unprocessedResourceKeys?: Key[] }>(
          'config',
          where.region,
          new BatchGetResourceConfigCommand({ resourceKeys: batch.map((k) => ({ resourceType: k.resourceType as ResourceType, resourceId: k.resourceId })) }),
        );
        const returned = got.baseConfigurationItems ?? [];
        items.push(...returned);
        const unprocessed = got.unprocessedResourceKeys ?? [];
        const missing = batch.length - returned.length - unprocessed.length;
        if (unprocessed.length > 0) errors.push(gap(where, `${type}: Config left ${unprocessed.length} of ${batch.length} keys unprocessed (${unprocessed.slice(0, 3).map((k) => k.resourceId).join(', ')}${unprocessed.length > 3 ? ', ...' : ''})`));
        if (missing > 0) {
          const seen = new Set(returned.map((it) => (it as { resourceId?: string }).resourceId));
          const lost = batch.filter((k) => !seen.has(k.resourceId)).map((k) => k.resourceId);
          errors.push(gap(where, `${type}: asked BatchGetResourceConfig for ${batch.length} keys, got ${returned.length} items and no unprocessed keys for the rest (${lost.slice(0, 3).join(', ')}${lost.length > 3 ? ', ...' : ''})`));
        }
      } catch (err) {
        errors.push(gap(where, `${type}: BatchGetResourceConfig failed for ${batch.length} keys: ${describeAwsError(err)}`));
      }
    }
    if (errors.length > before) incomplete.add(type);
  }
  return { recorders, recorderStatus: status, items, errors, incomplete };
}

const quoted = (types: readonly string[]) => types.map((t) => `'${t.replace(/[^A-Za-z0-9:]/g, '')}'`).join(', ');

/**
 * The region's items of `types` through SelectResourceConfig, or undefined when Config does not
 * answer advanced queries here (the COUNT(*) probe fails or gives no count: the caller then
 * lists and batch-gets). Items are the snapshot-item shape (objects, with tags).
 */
export async function selectInventory(clients: AwsClients, where: Where, types: readonly string[]): Promise<{ items: unknown[]; errors: InputError[] } | undefined> {
  const filter = `WHERE resourceType IN (${quoted(types)})`;
  type Page = { Results?: string[]; NextToken?: string };
  let expected: unknown;
  try {
    const probe = await clients.send<'config', Page>('config', where.region, new SelectResourceConfigCommand({ Expression: `SELECT COUNT(*) ${filter}` }));
    expected = (JSON.parse(probe.Results?.[0] ?? 'null') as Record<string, unknown> | null)?.['COUNT(*)'];
  } catch {
    return undefined;
  }
  if (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 0) return undefined;
  const items: unknown[] = [];
  const errors: InputError[] = [];
  let token: string | undefined;
  let pages = 0;
  let unreadable = 0;
  try {
    do {
      const page = await clients.send<'config', Page>(
        'config',
        where.region,
        new SelectResourceConfigCommand({ Expression: `SELECT ${SELECT_FIELDS} ${filter}`, Limit: BATCH, ...(token ? { NextToken: token } : {}) }),
      );
      for (const text of page.Results ?? []) {
        try {
          items.push(JSON.parse(text) as unknown);
        } catch {
          unreadable++;
        }
      }
      token = page.NextToken || undefined;
      pages++;
    } while (token && pages < MAX_PAGES);
    if (token) errors.push(gap(where, `SelectResourceConfig: more than ${MAX_PAGES} pages; the rest were not read`));
  } catch (err) {
    errors.push(gap(where, `SelectResourceConfig failed after ${items.length} items: ${describeAwsError(err)}`));
  }
  if (unreadable > 0) errors.push(gap(where, `SelectResourceConfig: ${unreadable} results were not valid JSON: not read`));
  else if (errors.length === 0 && items.length < expected) errors.push(gap(where, `SelectResourceConfig returned ${items.length} of the ${expected} items it counted`));
  return { items, errors };
}

/**
 * Org-wide inventory through an aggregator: ListAggregateDiscoveredResources per type for the
 * keys (the aggregator twin of the per-region inventory; pages bounded), then
 * BatchGetAggregateResourceConfig for the items. Items carry their own account and region.
 */
export async function aggregatorInventory(clients: AwsClients, name: string, region: string, types: readonly string[] = INVENTORY_TYPES): Promise<{ items: unknown[]; errors: InputError[] }> {
  const where = { account: 'aggregator', region };
  const errors: InputError[] = [];
  const items: unknown[] = [];
  const keys: Array<{ SourceAccountId: string; SourceRegion: string; ResourceId: string; ResourceType: ResourceType }> = [];
  for (const type of types) {
    let token: string | undefined;
    let pages = 0;
    const before = keys.length;
    try {
      do {
        const page = await clients.send<'config', { ResourceIdentifiers?: Array<{ SourceAccountId?: string; SourceRegion?: string; ResourceId?: string; ResourceType?: string }>; NextToken?: string }>(
          'config',
          region,
          new ListAggregateDiscoveredResourcesCommand({ ConfigurationAggregatorName: name, ResourceType: type as ResourceType, Limit: BATCH, ...(token ? { NextToken: token } : {}) }),
        );
        for (const r of page.ResourceIdentifiers ?? []) {
          if (r.SourceAccountId && r.SourceRegion && r.ResourceId && r.ResourceType) keys.push({ SourceAccountId: r.SourceAccountId, SourceRegion: r.SourceRegion, ResourceId: r.ResourceId, ResourceType: r.ResourceType as ResourceType });
        }
        token = page.NextToken || undefined;
        pages++;
      } while (token && pages < MAX_PAGES);
      if (token) errors.push(gap(where, `aggregator ${name}: ${type}: more than ${MAX_PAGES} pages; the rest were not read`));
    } catch (err) {
      // The first type failing outright is the aggregator failing (missing, denied): one error, not one per type.
      if (type === types[0] && keys.length === 0) {
        errors.push(gap(where, `aggregator ${name}: ListAggregateDiscoveredResources failed: ${describeAwsError(err)}; nothing was read through it`));
        return { items, errors };
      }
      errors.push(gap(where, `aggregator ${name}: ${type}: ListAggregateDiscoveredResources failed after ${keys.length - before} resources: ${describeAwsError(err)}`));
    }
  }
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    try {
      const got = await clients.send<'config', { BaseConfigurationItems?: unknown[]; UnprocessedResourceIdentifiers?: unknown[] }>(
        'config',
        region,
        new BatchGetAggregateResourceConfigCommand({ ConfigurationAggregatorName: name, ResourceIdentifiers: batch }),
      );
      const returned = got.BaseConfigurationItems ?? [];
      items.push(...returned);
      const short = batch.length - returned.length;
      if (short > 0) errors.push(gap(where, `aggregator ${name}: asked for ${batch.length} keys, got ${returned.length} items (${(got.UnprocessedResourceIdentifiers ?? []).length} unprocessed)`));
    } catch (err) {
      errors.push(gap(where, `aggregator ${name}: BatchGetAggregateResourceConfig failed for ${batch.length} keys: ${describeAwsError(err)}`));
    }
  }
  return { items, errors };
}
