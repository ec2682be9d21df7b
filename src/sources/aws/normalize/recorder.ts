/**
 * Which resource types a region's Config recorders record, from DescribeConfigurationRecorders'
 * `recordingGroup`: all supported types (`allSupported`, or strategy ALL_SUPPORTED_RESOURCE_TYPES),
 * the listed `resourceTypes` (INCLUSION_BY_RESOURCE_TYPES), or all but
 * `exclusionByResourceTypes.resourceTypes` (EXCLUSION_BY_RESOURCE_TYPES). An item missing from the
 * inventory of a type a recorder records means the resource does not exist.
 */
import { get, list, str } from './read.js';

export type Records = (resourceType: string) => boolean;

/** Does any recorder record the type? No recorder (or none read): nothing is known to be recorded. */
export function recordedBy(recorders: readonly unknown[]): Records {
  return (type) => recorders.some((rec) => records(get(rec, 'recordingGroup'), type));
}

function records(group: unknown, type: string): boolean {
  // A recorder without a recording group records all supported types (the API's default).
  if (group === undefined || group === null) return true;
  const strategy = str(get(get(group, 'recordingStrategy'), 'useOnly'));
  if (get(group, 'allSupported') === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES') return true;
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') return !list(get(get(group, 'exclusionByResourceTypes'), 'resourceTypes')).includes(type);
  return list(get(group, 'resourceTypes')).includes(type);
}
