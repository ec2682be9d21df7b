/** AWS::AutoScaling::LaunchConfiguration: metadata options, EBS volumes, public addresses. */
import type { AutoScalingLaunchConfiguration } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { ebsDevices, optionalBool } from './ec2.js';

export function launchConfiguration(n: Norm): Loose<AutoScalingLaunchConfiguration> {
  const p = n.props;
  const metadata = p.scope('metadata_options', 'MetadataOptions');
  return {
    metadata_options: {
      http_tokens: metadata.str('http_tokens', 'HttpTokens'),
      http_endpoint: metadata.str('http_endpoint', 'HttpEndpoint'),
    },
    block_devices: ebsDevices(p),
    associate_public_ip: optionalBool(p, 'associate_public_ip', 'AssociatePublicIpAddress'),
  };
}
