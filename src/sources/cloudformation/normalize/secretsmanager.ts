/** AWS::SecretsManager::Secret, with the RotationSchedule resources that name it. */
import type { Maybe, SecretsManagerSecret } from '../../../model/aws/index.js';
import { isUnknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

/** `alias/aws/secretsmanager`, alone or in an alias ARN: the key AWS manages for the service. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\/secretsmanager$/;

export function secretsManagerSecret(n: Norm): Loose<SecretsManagerSecret> {
  const key = n.props.str('kms_key_id', 'KmsKeyId');
  // The key written decides: findings about it point at KmsKeyId.
  if (key !== null) n.props.note('customer_managed_key', n.props.span('KmsKeyId'));
  const customer: Maybe<boolean> = key === null || key === '' ? false : isUnknown(key) ? key : !AWS_MANAGED_ALIAS.test(key);
  return { kms_key_id: key, customer_managed_key: customer, rotation: rotation(n), secret_string: n.secret(n.props, 'secret_string', 'SecretString') };
}

/** True when a schedule certainly names the secret, Unknown when one does only under a condition. */
function rotation(n: Norm): Maybe<boolean> {
  let result: Maybe<boolean> = false;
  for (const e of n.links.of('secret-rotation', n.id)) {
    const exists = n.linked(e, 'properties.rotation').exists();
    if (exists === true) return true;
    if (isUnknown(exists)) result = exists;
  }
  return result;
}
