import type { Unknown } from '../resource.js';
import type { Maybe } from './common.js';

export interface SecurityGroupRule {
  /** Lower-case name (`tcp`, `udp`, `icmp`, `icmpv6`, also for 6/17/1/58), `-1` for all, else as written. */
  protocol: Maybe<string>;
  from_port: Maybe<number> | null;
  to_port: Maybe<number> | null;
  cidr_ipv4: Maybe<string> | null;
  cidr_ipv6: Maybe<string> | null;
  source_security_group: Maybe<string> | null;
  description: Maybe<string> | null;
}

export interface SecurityGroup {
  /**
   * A VPC's default security group (live: `groupName` is `default`). A template cannot create one;
   * a rule resource of the template that targets one (`!GetAtt Vpc.DefaultSecurityGroup`) is judged
   * on its own as a group with this set.
   */
  default_group?: Maybe<boolean>;
  /**
   * Inline rules plus AWS::EC2::SecurityGroupIngress/Egress resources pointing at the group.
   * Without SecurityGroupEgress, egress holds EC2's default rule (protocol -1 to 0.0.0.0/0), which
   * has no line of its own: it points at the group.
   */
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

/** An EBS volume a launch template (or launch configuration) attaches. */
export interface BlockDevice {
  device_name: Maybe<string> | null;
  /** null: not set, so the account's EBS encryption-by-default decides. */
  encrypted: Maybe<boolean> | null;
  snapshot_id: Maybe<string> | null;
}

/** AWS::EC2::LaunchTemplate (its LaunchTemplateData). */
export interface Ec2LaunchTemplate {
  metadata_options: {
    /** `required` enforces IMDSv2; null (not set) or `optional` allows IMDSv1. */
    http_tokens: Maybe<string> | null;
    /** `disabled` turns the metadata service off. */
    http_endpoint: Maybe<string> | null;
  };
  block_devices: BlockDevice[];
  /** A network interface sets AssociatePublicIpAddress true; null when none says (the subnet decides). */
  associate_public_ip?: Maybe<boolean> | null;
}

/** AWS::EC2::Volume. */
export interface Ec2Volume {
  /** null: not set, so the account's EBS encryption-by-default decides. */
  encrypted: Maybe<boolean> | null;
  kms_key_id: Maybe<string> | null;
  snapshot_id: Maybe<string> | null;
}

/** AWS::EC2::VPC, with the AWS::EC2::FlowLog resources of the template whose ResourceId is the VPC. */
export interface Vpc {
  /** A flow log records the VPC's traffic (Unknown when one does only under a condition). */
  flow_logs: Maybe<boolean>;
}

/** AWS::AutoScaling::LaunchConfiguration. */
export interface AutoScalingLaunchConfiguration {
  metadata_options: {
    /** `required` enforces IMDSv2; null (not set) or `optional` allows IMDSv1. */
    http_tokens: Maybe<string> | null;
    /** `disabled` turns the metadata service off. */
    http_endpoint: Maybe<string> | null;
  };
  block_devices: BlockDevice[];
  /** AssociatePublicIpAddress; null when not set (the subnet's setting decides). */
  associate_public_ip: Maybe<boolean> | null;
}

/**
 * AWS::EC2::Instance. A template instance cannot set MetadataOptions itself: they come from its
 * launch template (CDK's `requireImdsv2` adds one). Live, they are the instance's own.
 */
export interface Ec2Instance {
  metadata_options: {
    /** `required` enforces IMDSv2; null (not set) or `optional` allows IMDSv1. */
    http_tokens: Maybe<string> | null;
    /** `disabled` turns the metadata service off. */
    http_endpoint: Maybe<string> | null;
  };
  /**
   * `ref:<LogicalId>` when the metadata options are those of a launch template of the same
   * template (PAL-EC2-005 judges it there), else null.
   */
  launch_template: Maybe<string> | null;
  /**
   * The instance gets a public IPv4 address: template `NetworkInterfaces[].AssociatePublicIpAddress`
   * (null when not set: the subnet's MapPublicIpOnLaunch decides); live, it has a `publicIpAddress`.
   */
  public_ip: Maybe<boolean> | null;
  /** The IAM instance profile (name or ARN), null when none. */
  instance_profile: Maybe<string> | null;
  /** Detailed (one-minute) CloudWatch monitoring; off by default. */
  detailed_monitoring: Maybe<boolean>;
}

/** AWS::EC2::Subnet. */
export interface Ec2Subnet {
  /** MapPublicIpOnLaunch: instances launched here get a public IPv4 address (false by default, true for default subnets). */
  map_public_ip: Maybe<boolean>;
  /** A VPC's default subnet (live `defaultForAz`); always false in a template. */
  default_subnet: Maybe<boolean>;
}

/** One entry of a network ACL. */
export interface NetworkAclEntry {
  rule_number: Maybe<number> | null;
  /** `tcp`, `udp`, `icmp`, `icmpv6` (also for 6/17/1/58), `-1` for all, else as written. */
  protocol: Maybe<string>;
  /** `allow` or `deny`, lower-case. */
  action: Maybe<string>;
  egress: Maybe<boolean>;
  cidr_ipv4: Maybe<string> | null;
  cidr_ipv6: Maybe<string> | null;
  /** The port range; null when not set (every port). */
  from_port: Maybe<number> | null;
  to_port: Maybe<number> | null;
}

/**
 * AWS::EC2::NetworkAcl with the AWS::EC2::NetworkAclEntry resources that name it. Entries naming
 * an ACL outside the template (`!GetAtt Vpc.DefaultNetworkAcl`, an id) make an ACL of their own.
 * EC2's final deny-all entries (rule number 32767) are not listed.
 */
export interface Ec2NetworkAcl {
  entries: NetworkAclEntry[];
}
