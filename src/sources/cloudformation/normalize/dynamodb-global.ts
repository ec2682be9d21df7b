/**
 * AWS::DynamoDB::GlobalTable as a DynamoDB table: encryption is switched on for the whole table
 * (SSESpecification.SSEEnabled) but each replica names its own key (Replicas[].SSESpecification.
 * KMSMasterKeyId, none meaning the AWS managed alias/aws/dynamodb); point-in-time recovery and
 * deletion protection are per replica. The table is as weak as its weakest replica, and a finding
 * points at that replica.
 */
import type { DynamoDbTable, Maybe } from '../../../model/aws/index.js';
import { isUnknown, type Span } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';
import { AWS_MANAGED_ALIAS } from './data.js';

export function dynamoDbGlobalTable(n: Norm): Loose<DynamoDbTable> {
  const p = n.props;
  const replicas = p.items('replicas', 'Replicas');
  const sse = p.scope('encryption', 'SSESpecification');
  const kmsEnabled = sse.bool('', 'SSEEnabled', false);
  let customerManaged: Maybe<boolean> = kmsEnabled;
  let kmsKeyId: Maybe<string> | null = null;
  if (kmsEnabled === true) {
    const keys = replicas.map((r) => {
      const key = r.inner('SSESpecification').raw('KMSMasterKeyId');
      return { r, key: typeof key === 'string' || isUnknown(key) ? key : null };
    });
    kmsKeyId = keys[0]?.key ?? null;
    customerManaged = worst(keys.map(({ r, key }) => {
      const spec = r.inner('SSESpecification');
      const cmk = key === null || (typeof key === 'string' && AWS_MANAGED_ALIAS.test(key)) ? false : isUnknown(key) ? key : true;
      return { value: cmk, span: spec.has('KMSMasterKeyId') === true ? spec.span('KMSMasterKeyId') : r.self };
    }), sse, 'customer_managed');
  }
  return {
    encryption: { customer_managed: customerManaged, kms_key_id: kmsKeyId },
    point_in_time_recovery: perReplica(replicas, p, 'point_in_time_recovery', (r) => r.inner('PointInTimeRecoverySpecification'), 'PointInTimeRecoveryEnabled'),
    deletion_protection: perReplica(replicas, p, 'deletion_protection', (r) => r, 'DeletionProtectionEnabled'),
  };
}

function perReplica(replicas: Fields[], p: Fields, attr: string, scope: (r: Fields) => Fields, key: string): Maybe<boolean> {
  return worst(replicas.map((r) => {
    const f = scope(r);
    return { value: f.bool('', key, false), span: f.has(key) === false ? r.self : f.span(key) };
  }), p, attr);
}

/** False at the first replica that is false, else Unknown at the first unknown, else true. No replica: false. */
function worst(values: Array<{ value: Maybe<boolean>; span: Span }>, at: Fields, attr: string): Maybe<boolean> {
  const off = values.find((v) => v.value === false);
  if (off) {
    at.note(attr, off.span);
    return false;
  }
  const open = values.find((v) => isUnknown(v.value));
  if (open) {
    at.note(attr, open.span);
    return open.value;
  }
  return values.length > 0;
}
