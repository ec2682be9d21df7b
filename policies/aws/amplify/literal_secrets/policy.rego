# METADATA
# title: Amplify repository token or basic-auth password is written in the template
# description: >-
#   An Amplify app's `AccessToken` or `OauthToken` (access to the source repository) or the
#   `BasicAuthConfig.Password` of an app or branch is a literal or the Default of a parameter
#   (NoEcho hides it from the console, not from the template). A repository token in source
#   control lets anyone with the template read, and often push to, the repository.
# custom:
#   id: PAL-AMP-001
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Write `AccessToken: '{{resolve:secretsmanager:amplify/github:SecretString:token}}'` and
#     `Password: '{{resolve:secretsmanager:...}}'`; in CDK (`@aws-cdk/aws-amplify-alpha`)
#     `sourceCodeProvider: new GitHubSourceCodeProvider({ oauthToken: SecretValue.secretsManager('amplify/github') })`
#     and `BasicAuth.fromGeneratedPassword('user')`.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.cloudformation.resource]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.amplify.literal_secrets

import data.palisade.lib
import data.palisade.lib.aws

kinds := {"AWS::Amplify::App": "Amplify app", "AWS::Amplify::Branch": "Amplify branch"}

deny contains lib.result(r, ["properties", "literal_secrets", i], msg) if {
	some [r, i, s] in aws.template_secrets
	s.kind == "property"
	kind := kinds[s.resource_type]
	msg := concat("", [kind, " '", r.name, "' has a credential written in the template in '", s.property, "'", aws.secret_how(s), "."])
}
