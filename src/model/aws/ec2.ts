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
