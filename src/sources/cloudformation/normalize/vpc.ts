/** AWS::EC2::VPC, with the flow logs that name it; its subnets and network ACLs. */
import type { Ec2NetworkAcl, Ec2Subnet, Maybe, NetworkAclEntry, Vpc } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import { PROTOCOL_NUMBERS, worldAsWritten } from './network.js';
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

/** One AWS::EC2::NetworkAclEntry's Properties (`f`, on its place in the ACL's entries). */
function naclEntry(f: Fields): Loose<NetworkAclEntry> | Unknown {
  if (!f.isMap) return f.unknownValue ?? unknown('not a mapping');
  const protocol = f.str('protocol', 'Protocol') ?? unknown('the entry has no Protocol');
  const action = f.str('action', 'RuleAction') ?? unknown('the entry has no RuleAction');
  const ports = f.inner('PortRange');
  return {
    rule_number: f.num('rule_number', 'RuleNumber'),
    protocol: typeof protocol === 'string' ? (PROTOCOL_NUMBERS[protocol] ?? protocol.toLowerCase()) : protocol,
    action: typeof action === 'string' ? action.toLowerCase() : action,
    egress: f.bool('egress', 'Egress', false),
    cidr_ipv4: worldAsWritten(f.str('cidr_ipv4', 'CidrBlock'), '0.0.0.0/0'),
    cidr_ipv6: worldAsWritten(f.str('cidr_ipv6', 'Ipv6CidrBlock'), '::/0'),
    from_port: ports.num('from_port', 'From'),
    to_port: ports.num('to_port', 'To'),
  };
}

/** AWS::EC2::NetworkAcl with the entries that name it (a new ACL has none but the final deny). */
export function networkAcl(n: Norm): Loose<Ec2NetworkAcl> {
  return { entries: n.links.of('nacl-entry', n.id).map((e, i) => naclEntry(n.linked(e, `properties.entries.${i}`))) };
}

/** An entry of an ACL the template does not hold (a VPC's default ACL, an id): an ACL of one entry. */
export function standaloneNaclEntry(n: Norm): Loose<Ec2NetworkAcl> {
  n.props.note('entries.0', n.entry.span);
  return { entries: [naclEntry(n.props.at('properties.entries.0'))] };
}
