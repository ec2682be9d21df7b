/** AWS::Redshift::Cluster. */
import type { RedshiftCluster } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function redshiftCluster(n: Norm): Loose<RedshiftCluster> {
  const p = n.props;
  return {
    encrypted: p.bool('encrypted', 'Encrypted', true),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
    publicly_accessible: p.bool('publicly_accessible', 'PubliclyAccessible', false),
    audit_logging: p.present('audit_logging', 'LoggingProperties'),
  };
}
