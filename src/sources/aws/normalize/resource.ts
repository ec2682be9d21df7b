/** Building live resources: id = ARN, source aws, cloud provenance. */
import type { InputError, Resource, Unknown } from '../../../model/resource.js';

export interface Where {
  account: string;
  region: string;
  origin: string;
}

/** Tags Unknown as a whole (not returned) become `{"$unknown": reason}`: rules read it as "not known", never as "untagged". */
export function cloudResource(type: string, arn: string, name: string, properties: object, tags: Record<string, string> | Unknown, where: Where): Resource {
  return {
    id: arn,
    type,
    source: 'aws',
    name,
    properties: properties as Record<string, unknown>,
    tags: { ...tags },
    provenance: { kind: 'cloud', arn, account: where.account, region: where.region, origin: where.origin },
  };
}

/** Errors name their origin (`config-snapshot:<file>`...) the way file errors name the file. */
export const problem = (origin: string, message: string, level: InputError['level'] = 'error'): InputError => ({ file: origin, message, level });
