import type { Maybe, PolicyDocument } from './common.js';

export interface SqsQueue {
  /**
   * SqsManagedSseEnabled defaults to true for new queues; null kms when SSE-SQS. enabled is
   * false only with SqsManagedSseEnabled false and no KmsMasterKeyId.
   */
  encryption: { enabled: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  policy: PolicyDocument | null;
}
