import type { Maybe, SecretFacts } from './common.js';

/**
 * AWS::AmazonMQ::Broker. Defaults when omitted: general and audit logs off, encryption with an
 * AWS owned key (UseAwsOwnedKey true). PubliclyAccessible is required by CloudFormation.
 */
export interface MqBroker {
  /** `ACTIVEMQ` or `RABBITMQ`, upper-case. */
  engine: Maybe<string> | null;
  publicly_accessible: Maybe<boolean>;
  logs: { general: Maybe<boolean>; audit: Maybe<boolean> };
  encryption: { use_aws_owned_key: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  /** One per entry of Users, as facts (templates; passwords are never in a live item). */
  user_passwords: Array<SecretFacts | null>;
}
