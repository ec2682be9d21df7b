/**
 * The normalized shape of AWS resources: see ./index.ts for the conventions every shape follows.
 */
import type { Unknown } from '../resource.js';

export type Maybe<T> = T | Unknown;

/** An IAM policy document, normalized: single values become lists, actions lower-case. */
export interface PolicyDocument {
  statements: PolicyStatement[];
}

export interface PolicyStatement {
  sid: string | null;
  effect: 'Allow' | 'Deny';
  /** Principal, normalized; null when the statement has none (identity policies). */
  principal: null | {
    /** Principal "*" or {"AWS": "*"}. */
    any: boolean;
    aws: Array<Maybe<string>>;
    service: Array<Maybe<string>>;
    federated: Array<Maybe<string>>;
  };
  not_principal: boolean;
  /** Lower-case, e.g. `s3:getobject`, `*`. */
  actions: Array<Maybe<string>>;
  not_actions: Array<Maybe<string>>;
  resources: Array<Maybe<string>>;
  not_resources: Array<Maybe<string>>;
  /** Condition block as written (operator -> key -> list of values), keys lower-case. */
  conditions: Record<string, Record<string, Array<Maybe<string>>>>;
}

/** What the loader concluded about a literal that may be a secret; the value itself is dropped. */
export interface SecretFacts {
  /**
   * A literal was written in the template (not a dynamic reference, not a parameter). A
   * parameter's Default counts (NoEcho or not); so does a literal in either branch of an Fn::If.
   */
  literal: boolean;
  /** `{{resolve:secretsmanager:...}}` / `{{resolve:ssm-secure:...}}` or a NoEcho parameter. */
  managed: boolean;
}

export interface EnvironmentVariable {
  /**
   * The value, or REDACTED (see model/compose.ts) when the name or value looks secret (judged as
   * Compose judges it). A bare `ref:<LogicalId>` and Unknowns are kept: they are not literals.
   */
  value: Maybe<string> | null;
  secret_name: boolean;
  secret_value: null | 'aws-access-key-id' | 'aws-secret-access-key' | 'private-key' | 'url-credentials' | 'token';
}
