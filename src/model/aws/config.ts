import type { Maybe } from './common.js';

/**
 * Live only: AWS Config in one region (resource id `<account>:<region>:config-recorder`).
 * exists false when the region has no configuration recorder.
 */
export interface ConfigRecorder {
  region: string;
  exists: boolean;
  recording: Maybe<boolean>;
  /** recordingGroup.allSupported (every supported type, also new ones). */
  all_supported: Maybe<boolean>;
  include_global_types: Maybe<boolean>;
}
