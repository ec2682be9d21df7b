import type { Maybe, PolicyDocument } from './common.js';

export interface SnsTopic {
  kms_key_id: Maybe<string> | null;
  policy: PolicyDocument | null;
}
