/**
 * One AWS Config configuration item, in either shape AWS gives it: BatchGetResourceConfig's
 * BaseConfigurationItem (`configuration` and each `supplementaryConfiguration` value are JSON
 * text; no tags) or SelectResourceConfig / a snapshot file's item (objects; `tags`, `ARN`,
 * `awsAccountId`, `awsRegion`). Both become one ConfigItem.
 */
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Obj } from './read.js';
import { get, isObj, json, list } from './read.js';

export interface ConfigItem {
  resourceType: string;
  arn: string | null;
  resourceId: string | null;
  resourceName: string | null;
  account: string | null;
  region: string | null;
  status: string | null;
  configuration: Obj;
  /** Each value parsed from JSON text where it was text. */
  supplementary: Obj;
  /**
   * Unknown when the item does not say: BatchGetResourceConfig's items have no `tags`, and only
   * some types carry them in `configuration` (`tags`/`Tags`) or supplementaryConfiguration.Tags.
   * An untagged resource and one whose tags were not returned must not look alike.
   */
  tags: Record<string, string> | Unknown;
}

/** The item, or a reason it cannot be read. */
export function readItem(raw: unknown): ConfigItem | string {
  if (!isObj(raw)) return 'a configuration item is not a JSON object';
  const resourceType = get(raw, 'resourceType');
  if (typeof resourceType !== 'string') return 'a configuration item has no resourceType';
  const configuration = json(get(raw, 'configuration'));
  if (isUnknown(configuration)) return `the ${resourceType} item's configuration is not valid JSON`;
  const supplementaryRaw = json(get(raw, 'supplementaryConfiguration'));
  const supplementary: Obj = {};
  if (isObj(supplementaryRaw)) for (const [k, v] of Object.entries(supplementaryRaw)) supplementary[k] = json(v);
  const s = (k: string) => {
    const v = get(raw, k);
    return typeof v === 'string' ? v : null;
  };
  const conf = isObj(configuration) ? configuration : {};
  return {
    resourceType,
    arn: s('arn'),
    resourceId: s('resourceId'),
    resourceName: s('resourceName'),
    account: s('accountId') ?? s('awsAccountId'),
    region: s('awsRegion'),
    status: s('configurationItemStatus'),
    configuration: conf,
    supplementary,
    tags: tagsOfItem(raw, conf, supplementary),
  };
}

/**
 * Every place an item may carry tags: `configuration.tags`, `supplementaryConfiguration.Tags`,
 * an S3 bucket's `supplementaryConfiguration.BucketTaggingConfiguration` (`{tagSets: [{tags:
 * {k: v}}]}`, the only place BatchGetResourceConfig gives a bucket's tags) and the item's own
 * `tags` (SelectResourceConfig, snapshot files). Unknown when none of them is present.
 */
function tagsOfItem(raw: Obj, conf: Obj, supplementary: Obj): Record<string, string> | Unknown {
  const own = get(conf, 'tags');
  const extra = get(supplementary, 'Tags');
  const bucketSets = get(supplementary, 'BucketTaggingConfiguration');
  const item = get(raw, 'tags');
  if (own === undefined && extra === undefined && bucketSets === undefined && item === undefined) {
    return unknown('the configuration item carries no tags (BatchGetResourceConfig does not return them for this type)');
  }
  // One map, later places overriding earlier ones (as Object.assign of each place's map would).
  const out: Record<string, string> = {};
  addTags(out, own);
  addTags(out, extra);
  if (bucketSets !== undefined) for (const set of list(get(bucketSets, 'tagSets'))) addTags(out, get(set, 'tags'));
  addTags(out, item);
  return out;
}

/** Tags as a map: `{k: v}`, `[{key, value}]` or `[{Key, Value}]`. */
export function tagsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  addTags(out, v);
  return out;
}

function addTags(out: Record<string, string>, v: unknown): void {
  const parsed = json(v);
  if (Array.isArray(parsed)) {
    for (const t of parsed) {
      const k = get(t, 'key');
      const val = get(t, 'value');
      if (typeof k === 'string' && (typeof val === 'string' || typeof val === 'number')) out[k] = String(val);
    }
  } else if (isObj(parsed)) {
    for (const [k, val] of Object.entries(parsed)) if (typeof val === 'string' || typeof val === 'number') out[k] = String(val);
  }
}

/** Items of a deleted resource describe nothing that exists. */
export const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);

export type Maybeish = unknown | Unknown;
