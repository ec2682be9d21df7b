/**
 * AWS::SecretsManager::Secret Config items, in the DescribeSecret shape with PascalCase names
 * (`KMSKeyId`, `RotationEnabled`; checked against AWS's Config resource schema). DescribeSecret
 * names a key only when it is not the AWS managed `aws/secretsmanager` key, so no KMSKeyId is the
 * AWS managed key; a key ARN the inventory's KMS items show as AWS-managed is too.
 */
import type { Maybe, SecretsManagerSecret } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { bool, get, str } from './read.js';
import { itemByRef } from './inventory.js';
import type { ConfigNormalization, Inventory } from './services.js';

const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\/secretsmanager$/;

function secret(item: ConfigItem, inv: Inventory): SecretsManagerSecret {
  const c = item.configuration;
  const key = str(get(c, 'KMSKeyId'));
  let customer: Maybe<boolean>;
  if (key === null || key === '') customer = false;
  else if (typeof key !== 'string') customer = key;
  else if (AWS_MANAGED_ALIAS.test(key)) customer = false;
  else {
    const k = itemByRef(inv, 'AWS::KMS::Key', key, true);
    customer = k ? str(get(k.configuration, 'keyManager')) !== 'AWS' : true;
  }
  return { kms_key_id: key, customer_managed_key: customer, rotation: bool(get(c, 'RotationEnabled'), false) };
}

export const SECRETSMANAGER_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::SecretsManager::Secret': { type: AWS_TYPES['secretsmanager.secret'], normalize: (i, inv) => [secret(i, inv)] },
};
