/** AWS::AutoScaling::LaunchConfiguration Config items (the DescribeLaunchConfigurations shape). */
import type { AutoScalingLaunchConfiguration } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { bool, get, list, str } from './read.js';
import type { ConfigNormalization } from './services.js';

/** null when absent: the account's or subnet's default decides. */
const optional = (v: unknown) => (v === undefined || v === null ? null : bool(v, false));

function launchConfiguration(item: ConfigItem): AutoScalingLaunchConfiguration {
  const c = item.configuration;
  const metadata = get(c, 'metadataOptions');
  const publicIp = get(c, 'associatePublicIpAddress');
  return {
    // DescribeLaunchConfigurations leaves metadataOptions out when none were set: IMDSv1 is allowed.
    metadata_options: { http_tokens: str(get(metadata, 'httpTokens')), http_endpoint: str(get(metadata, 'httpEndpoint')) },
    block_devices: list(get(c, 'blockDeviceMappings'))
      .filter((d) => get(d, 'ebs') !== undefined && get(d, 'ebs') !== null)
      .map((d) => ({
        device_name: str(get(d, 'deviceName')),
        encrypted: optional(get(get(d, 'ebs'), 'encrypted')),
        snapshot_id: str(get(get(d, 'ebs'), 'snapshotId')),
      })),
    associate_public_ip: optional(publicIp),
  };
}

export const AUTOSCALING_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::AutoScaling::LaunchConfiguration': { type: AWS_TYPES['autoscaling.launch_configuration'], normalize: (item) => [launchConfiguration(item)] },
};
