import type { Maybe } from './common.js';

export interface LogGroup {
  log_group_name: Maybe<string> | null;
  /** null: never expires. */
  retention_days: Maybe<number> | null;
  kms_key_id: Maybe<string> | null;
}
