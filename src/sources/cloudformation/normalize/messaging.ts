/** SQS queues and SNS topics, with their QueuePolicy/TopicPolicy. */
import type { SnsTopic, SqsQueue } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { onePolicy } from './shared.js';

export function sqsQueue(n: Norm): Loose<SqsQueue> {
  const p = n.props;
  const kms = p.str('encryption.kms_key_id', 'KmsMasterKeyId');
  // SSE-SQS is on for new queues unless SqsManagedSseEnabled is false.
  const sse = p.bool('encryption.enabled', 'SqsManagedSseEnabled', true);
  p.read('encryption', kms === null ? 'SqsManagedSseEnabled' : 'KmsMasterKeyId');
  const enabled = kms === null ? sse : typeof kms === 'string' || sse === true ? true : unknown('depends on KmsMasterKeyId');
  return {
    encryption: { enabled, kms_key_id: kms },
    policy: onePolicy(n, 'queue-policy', 'PolicyDocument'),
  };
}

export function snsTopic(n: Norm): Loose<SnsTopic> {
  return {
    kms_key_id: n.props.str('kms_key_id', 'KmsMasterKeyId'),
    policy: onePolicy(n, 'topic-policy', 'PolicyDocument'),
  };
}
