/** AWS::AutoScaling::LaunchConfiguration: metadata options, EBS volumes, public addresses. */
import type { AutoScalingLaunchConfiguration } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { ebsDevices, metadataOptions, optionalBool } from './ec2.js';

export function launchConfiguration(n: Norm): Loose<AutoScalingLaunchConfiguration> {
  const p = n.props;
  return {
    metadata_options: metadataOptions(p),
    block_devices: ebsDevices(p),
    associate_public_ip: optionalBool(p, 'associate_public_ip', 'AssociatePublicIpAddress'),
  };
}
