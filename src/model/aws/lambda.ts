import type { Unknown } from '../resource.js';
import type { EnvironmentVariable, Maybe } from './common.js';
import type { LogGroup } from './logs.js';

export interface LambdaFunction {
  function_name: Maybe<string> | null;
  runtime: Maybe<string> | null;
  role: Maybe<string> | null;
  environment: Record<string, EnvironmentVariable>;
  kms_key_id: Maybe<string> | null;
  /** TracingConfig Mode: `Active` or `PassThrough` (the default). */
  tracing: Maybe<string> | null;
  /** VpcConfig with at least one subnet. */
  in_vpc: boolean;
  reserved_concurrency: Maybe<number> | null;
  dead_letter: boolean;
  code_signing: boolean;
  /** Function URL, if any (AWS::Lambda::Url). */
  url: null | { auth_type: Maybe<string> };
  /** Resource-based permissions (AWS::Lambda::Permission). */
  permissions: Array<{
    principal: Maybe<string>;
    action: Maybe<string>;
    source_arn: Maybe<string> | null;
    source_account: Maybe<string> | null;
    function_url_auth_type: Maybe<string> | null;
    /** PrincipalOrgID: only principals of this AWS Organization may invoke (absent: not read by the source). */
    principal_org_id?: Maybe<string> | null;
  }>;
  /**
   * The log group set in LoggingConfig, else the AWS::Logs::LogGroup named /aws/lambda/<name>,
   * else the retention CDK's `logRetention` sets on /aws/lambda/<name> through a
   * `Custom::LogRetention` resource (retention_days null when it sets none; kms_key_id null: it
   * cannot encrypt). null when none is declared; Unknown when LoggingConfig names a log group
   * the template does not declare.
   */
  log_group: null | { retention_days: Maybe<number> | null; kms_key_id: Maybe<string> | null };
}
