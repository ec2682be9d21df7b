/**
 * SAM resources as written (Globals already folded in by sam.ts), in the shapes of the resources
 * the SAM transform creates from them.
 */
import type { LambdaFunction } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { lambdaFunction } from './lambda.js';

/**
 * AWS::Serverless::Function: the Lambda function's own properties have the same names, except
 * `Tracing: Active|PassThrough` (TracingConfig.Mode), `DeadLetterQueue: {Type, TargetArn}`
 * (DeadLetterConfig) and `FunctionUrlConfig` (an AWS::Lambda::Url). The role SAM creates when
 * `Role` is absent (from Policies) and the methods and routes of Api and HttpApi events are
 * resources of their own (sam.ts); the permissions other events add are not read.
 */
export function serverlessFunction(n: Norm): Loose<LambdaFunction> {
  const p = n.props;
  const base = lambdaFunction(n);
  const urlConfig = p.scope('url', 'FunctionUrlConfig');
  return {
    ...base,
    tracing: p.str('tracing', 'Tracing', 'PassThrough'),
    dead_letter: p.inner('DeadLetterQueue').present('dead_letter', 'TargetArn'),
    url: urlConfig.isMap
      ? { auth_type: urlConfig.str('auth_type', 'AuthType') ?? unknown('FunctionUrlConfig has no AuthType') }
      : (urlConfig.unknownValue ?? base.url),
  };
}
