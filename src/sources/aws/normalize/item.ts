/**
 * One AWS Config configuration item, in either shape AWS gives it: BatchGetResourceConfig's
 * BaseConfigurationItem (`configuration` and each `supplementaryConfiguration` value are JSON
 * text; no tags) or SelectResourceConfig / a snapshot file's item (objects; `tags`, `ARN`,
 * `awsAccountId`, `awsRegion`). Both become one ConfigItem.
 */
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Obj } from './read.js';
import { get, isObj, json } from './read.js';

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
  const s = (k: string) => (typeof get(raw, k) === 'string' ? (get(raw, k) as string) : null);
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
    tags: get(conf, 'tags') === undefined && get(supplementary, 'Tags') === undefined && get(raw, 'tags') === undefined
      ? unknown('the configuration item carries no tags (BatchGetResourceConfig does not return them for this type)')
      : { ...tagsOf(get(conf, 'tags')), ...tagsOf(get(supplementary, 'Tags')), ...tagsOf(get(raw, 'tags')) },
  };
}

/** Tags as a map: `{k: v}`, `[{key, value}]` or `[{Key, Value}]`. */
export function tagsOf(v: unknown): Record<string, string> {
  const parsed = json(v);
  const out: Record<string, string> = {};
  if (Array.isArray(parsed)) {
    for (const t of parsed) {
      const k = get(t, 'key');
      const val = get(t, 'value');
      if (typeof k === 'string' && (typeof val === 'string' || typeof val === 'number')) out[k] = String(val);
    }
  } else if (isObj(parsed)) {
    for (const [k, val] of Object.entries(parsed)) if (typeof val === 'string' || typeof val === 'number') out[k] = String(val);
  }
  return out;
}

/** Items of a deleted resource describe nothing that exists. */
export const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);

export type Maybeish = unknown | Unknown;
