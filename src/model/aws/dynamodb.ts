import type { Maybe } from './common.js';

export interface DynamoDbTable {
  /**
   * Always encrypted at rest; customer_managed when SSESpecification.SSEEnabled with a KMS key
   * other than the AWS managed `alias/aws/dynamodb`.
   */
  encryption: { customer_managed: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  point_in_time_recovery: Maybe<boolean>;
  deletion_protection: Maybe<boolean>;
}
