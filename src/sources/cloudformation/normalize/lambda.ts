/** AWS::Lambda::Function, with its Url, Permissions and log group. */
import type { EnvironmentVariable, LambdaFunction, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import { LOG_RETENTION_TYPE } from '../links.js';
import { environmentVariable } from '../secrets.js';
import type { Norm } from './context.js';

export function lambdaFunction(n: Norm): Loose<LambdaFunction> {
  const p = n.props;
  const [url] = n.links.of('function-url', n.id);
  const [logGroup] = n.links.of('function-log-group', n.id);
  const urlFields = url && n.linked(url, 'properties.url');
  const logFields = logGroup && n.linked(logGroup, 'properties.log_group');
  return {
    function_name: p.str('function_name', 'FunctionName'),
    runtime: p.str('runtime', 'Runtime'),
    role: p.str('role', 'Role'),
    environment: environment(n),
    kms_key_id: p.str('kms_key_id', 'KmsKeyArn'),
    tracing: p.inner('TracingConfig').str('tracing', 'Mode', 'PassThrough'),
    in_vpc: inVpc(n),
    reserved_concurrency: p.num('reserved_concurrency', 'ReservedConcurrentExecutions'),
    dead_letter: p.inner('DeadLetterConfig').present('dead_letter', 'TargetArn'),
    code_signing: p.present('code_signing', 'CodeSigningConfigArn'),
    url: urlFields ? { auth_type: urlFields.str('auth_type', 'AuthType') ?? unknown('the Url has no AuthType') } : null,
    permissions: n.links.of('function-permission', n.id).map((e, i) => lambdaPermission(n.linked(e, `properties.permissions.${i}`))),
    log_group: logFields
      ? {
          retention_days: logFields.num('retention_days', 'RetentionInDays'),
          // Custom::LogRetention only sets the retention: the group it creates is not encrypted.
          kms_key_id: logGroup.cfnType === LOG_RETENTION_TYPE ? null : logFields.str('kms_key_id', 'KmsKeyId'),
        }
      : externalLogGroup(p),
  };
}

/** An AWS::Lambda::Permission's Properties, read on the permission's attribute path. */
export function lambdaPermission(f: Fields): Loose<LambdaFunction['permissions'][number]> {
  return {
    principal: f.str('principal', 'Principal') ?? unknown('the Permission has no Principal'),
    action: f.str('action', 'Action') ?? unknown('the Permission has no Action'),
    source_arn: f.str('source_arn', 'SourceArn'),
    source_account: f.str('source_account', 'SourceAccount'),
    function_url_auth_type: f.str('function_url_auth_type', 'FunctionUrlAuthType'),
    principal_org_id: f.str('principal_org_id', 'PrincipalOrgID'),
  };
}

/** A log group named in LoggingConfig but not declared in the template: its settings are elsewhere. */
function externalLogGroup(p: Fields): Unknown | null {
  const named = p.inner('LoggingConfig').read('log_group', 'LogGroup');
  return named === undefined || named === null ? null : unknown('LoggingConfig names a log group that the template does not declare');
}

function environment(n: Norm): Record<string, Loose<EnvironmentVariable>> | Unknown {
  const vars = n.props.inner('Environment').scope('environment', 'Variables');
  if (!vars.isMap) return vars.unknownValue ?? {};
  return Object.fromEntries(vars.keys().map((name) => [name, environmentVariable(name, vars.str(name, name), n.isRef)]));
}

function inVpc(n: Norm): Maybe<boolean> {
  const vpc = n.props.inner('VpcConfig');
  const subnets = vpc.read('in_vpc', 'SubnetIds');
  if (vpc.unknownValue) return vpc.unknownValue;
  if (isUnknown(subnets)) return subnets;
  return Array.isArray(subnets) && subnets.length > 0;
}
