/**
 * Secrets written in a template, found in any resource type (see
 * sources/cloudformation/literal-secrets.ts). Only where and what kind: never the value.
 * Every template resource that holds one carries `literal_secrets`; a resource of a type that
 * is not otherwise normalized becomes an `aws.cloudformation.resource` for it.
 */
export interface LiteralSecret {
  /** The CloudFormation type of the resource, e.g. `AWS::DMS::Endpoint`. */
  resource_type: string;
  /** The property path under Properties, dot-joined: `BasicAuthConfig.Password`, `LaunchTemplateData.UserData`. */
  property: string;
  /** `property`: a property named like a secret holds a literal; `user-data`: EC2 user data holds a credential. */
  kind: 'property' | 'user-data';
  /** What the credential in user data looks like; null for a property. */
  value_kind: null | 'aws-access-key-id' | 'aws-secret-access-key' | 'private-key' | 'url-credentials' | 'token' | 'assignment';
  /** Written as the Default of a NoEcho parameter (hidden in the console, still in the template). */
  noecho_default: boolean;
}

/** A template resource of a type Palisade does not otherwise model, kept for its literal secrets. */
export interface TemplateResource {
  cfn_type: string;
  literal_secrets: LiteralSecret[];
}
