/** AWS::EC2::VPC, with the flow logs that name it, and its subnets. */
import type { Ec2Subnet, Maybe, Vpc } from '../../../model/aws/index.js';
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

/** AWS::EC2::Subnet: a template never creates a default subnet. */
export function subnet(n: Norm): Loose<Ec2Subnet> {
  return { map_public_ip: n.props.bool('map_public_ip', 'MapPublicIpOnLaunch', false), default_subnet: false };
}
