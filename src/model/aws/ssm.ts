import type { EnvironmentVariable, Maybe } from './common.js';

/**
 * AWS::SSM::Parameter. CloudFormation creates only `String` and `StringList` parameters (never
 * `SecureString`), so their value is stored and shown in plain text.
 */
export interface SsmParameter {
  name: Maybe<string> | null;
  /** `String` or `StringList`. */
  parameter_type: Maybe<string>;
  /** The value judged as an environment variable named after the parameter's last path segment (redacted when it looks secret). */
  value: EnvironmentVariable;
}
