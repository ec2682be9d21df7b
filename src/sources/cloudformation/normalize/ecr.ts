/** AWS::ECR::Repository. */
import type { EcrRepository } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function ecrRepository(n: Norm): Loose<EcrRepository> {
  const p = n.props;
  const enc = p.scope('encryption', 'EncryptionConfiguration');
  return {
    scan_on_push: p.inner('ImageScanningConfiguration').bool('scan_on_push', 'ScanOnPush', false),
    tag_mutability: p.str('tag_mutability', 'ImageTagMutability', 'MUTABLE'),
    encryption: { type: enc.str('type', 'EncryptionType', 'AES256'), kms_key_id: enc.str('kms_key_id', 'KmsKey') },
    policy: n.policy(p.any('policy', 'RepositoryPolicyText')),
    lifecycle_policy: p.present('lifecycle_policy', 'LifecyclePolicy'),
  };
}
