/** AWS Config item types other than S3 and IAM, each into its model shape. */
import type { ConfigItem } from './item.js';

export interface Inventory {
  items: ConfigItem[];
  /** `<resourceType>|<resourceName>`: to link a function to its log group. */
  byName: Map<string, ConfigItem>;
}

export interface ConfigNormalization {
  type: string;
  /** Most items give one resource; a load balancer gives one per listener. */
  normalize: (item: ConfigItem, inv: Inventory) => object[];
}

export const CONFIG_TYPES: Record<string, ConfigNormalization> = {};
