/** AWS::EC2::VPC, with the flow logs that name it. */
import type { Maybe, Vpc } from '../../../model/aws/index.js';
import { isUnknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function vpc(n: Norm): Loose<Vpc> {
  let flowLogs: Maybe<boolean> = false;
  for (const e of n.links.of('flow-log', n.id)) {
    const exists = n.linked(e, 'properties.flow_logs').exists();
    if (exists === true) return { flow_logs: true };
    if (isUnknown(exists)) flowLogs = exists;
  }
  return { flow_logs: flowLogs };
}
