/** KMS keys, CloudTrail trails and CloudWatch log groups. */
import type { CloudTrailTrail, KmsKey, LogGroup } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function kmsKey(n: Norm): Loose<KmsKey> {
  const p = n.props;
  return {
    key_rotation: p.bool('key_rotation', 'EnableKeyRotation', false),
    key_spec: p.str('key_spec', 'KeySpec', 'SYMMETRIC_DEFAULT'),
    key_usage: p.str('key_usage', 'KeyUsage', 'ENCRYPT_DECRYPT'),
    origin: p.str('origin', 'Origin', 'AWS_KMS'),
    enabled: p.bool('enabled', 'Enabled', true),
    pending_window_days: p.num('pending_window_days', 'PendingWindowInDays', 30),
    multi_region: p.bool('multi_region', 'MultiRegion', false),
    policy: n.policy(p.any('policy', 'KeyPolicy')),
  };
}

export function cloudTrail(n: Norm): Loose<CloudTrailTrail> {
  const p = n.props;
  return {
    is_logging: p.bool('is_logging', 'IsLogging', unknown('the trail has no IsLogging')),
    multi_region: p.bool('multi_region', 'IsMultiRegionTrail', false),
    log_file_validation: p.bool('log_file_validation', 'EnableLogFileValidation', false),
    include_global_events: p.bool('include_global_events', 'IncludeGlobalServiceEvents', true),
    kms_key_id: p.str('kms_key_id', 'KMSKeyId'),
    cloudwatch_logs_log_group: p.str('cloudwatch_logs_log_group', 'CloudWatchLogsLogGroupArn'),
    cloudwatch_logs_role: p.str('cloudwatch_logs_role', 'CloudWatchLogsRoleArn'),
    s3_bucket: p.str('s3_bucket', 'S3BucketName'),
    organization_trail: p.bool('organization_trail', 'IsOrganizationTrail', false),
  };
}

export function logGroup(n: Norm): Loose<LogGroup> {
  const p = n.props;
  return {
    log_group_name: p.str('log_group_name', 'LogGroupName'),
    retention_days: p.num('retention_days', 'RetentionInDays'),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
  };
}
