package palisade.lib.aws_test

import data.palisade.lib.aws

# A statement in the normalized shape; tests override what they are about.
stmt(fields) := object.union(
	{
		"sid": null,
		"effect": "Allow",
		"principal": {"any": true, "aws": ["*"], "service": [], "federated": []},
		"not_principal": false,
		"actions": ["s3:getobject"],
		"not_actions": [],
		"resources": ["arn:aws:s3:::b/*"],
		"not_resources": [],
		"conditions": {},
	},
	fields,
)

principal(aws_list) := {"any": false, "aws": aws_list, "service": [], "federated": []}

test_public_statement_unconditional if {
	aws.public_statements({"statements": [stmt({})]}) == {0}
}

test_public_statement_named_account_is_not_public if {
	s := stmt({"principal": principal(["arn:aws:iam::111122223333:root"])})
	aws.public_statements({"statements": [s]}) == set()
}

test_public_statement_notprincipal_allow_is_public if {
	s := stmt({"principal": principal(["arn:aws:iam::111122223333:root"]), "not_principal": true})
	aws.public_statements({"statements": [s]}) == {0}
}

test_public_statement_deny_is_not_a_grant if {
	aws.public_statements({"statements": [stmt({"effect": "Deny"})]}) == set()
}

test_restricting_conditions if {
	every c in [
		{"StringEquals": {"aws:sourcearn": ["arn:aws:cloudfront::111122223333:distribution/E1"]}},
		{"StringEquals": {"aws:sourceaccount": ["111122223333"]}},
		{"StringEquals": {"aws:principalorgid": ["o-abc123"]}},
		{"StringEquals": {"aws:sourcevpce": ["vpce-1a2b"]}},
		{"IpAddress": {"aws:sourceip": ["203.0.113.0/24"]}},
		{"ArnLike": {"aws:sourcearn": [{"$unknown": "Fn::GetAtt"}]}},
		{"StringEquals": {"kms:calleraccount": ["111122223333"], "kms:viaservice": ["s3.eu-west-1.amazonaws.com"]}},
	] {
		aws.public_statements({"statements": [stmt({"conditions": c})]}) == set()
	}
}

test_conditions_that_do_not_restrict if {
	every c in [
		# how, not who
		{"Bool": {"aws:securetransport": ["true"]}},
		# negated on an Allow: everyone outside the org
		{"StringNotEquals": {"aws:principalorgid": ["o-abc123"]}},
		# passes when the key is absent
		{"StringEqualsIfExists": {"aws:sourcearn": ["arn:aws:sns:eu-west-1:111122223333:t"]}},
		{"ForAllValues:StringEquals": {"aws:principalorgid": ["o-abc123"]}},
		{"Null": {"aws:sourcearn": ["false"]}},
		# a wildcard value narrows nothing
		{"StringLike": {"aws:sourcearn": ["*"]}},
		{"IpAddress": {"aws:sourceip": ["0.0.0.0/0"]}},
		# not a restricting key
		{"StringEquals": {"s3:x-amz-acl": ["bucket-owner-full-control"]}},
	] {
		aws.public_statements({"statements": [stmt({"conditions": c})]}) == {0}
	}
}

test_unknown_conditions_restrict if {
	aws.public_statements({"statements": [stmt({"conditions": {"$unknown": "Fn::If"}})]}) == set()
	aws.public_statements({"statements": [stmt({"conditions": {"StringEquals": {"$unknown": "Fn::If"}}})]}) == set()
}

test_guarding_deny_takes_back_public_allow if {
	guard := stmt({
		"effect": "Deny",
		"actions": ["s3:*"],
		"resources": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
		"conditions": {"StringNotEquals": {"aws:sourcevpce": ["vpce-1a2b"]}},
	})
	aws.public_statements({"statements": [stmt({}), guard]}) == set()
}

test_deny_covering_other_actions_does_not_guard if {
	guard := stmt({
		"effect": "Deny",
		"actions": ["s3:putobject"],
		"conditions": {"StringNotEquals": {"aws:sourcevpce": ["vpce-1a2b"]}},
	})
	aws.public_statements({"statements": [stmt({}), guard]}) == {0}
}

test_deny_notprincipal_guards if {
	guard := stmt({
		"effect": "Deny",
		"principal": principal(["arn:aws:iam::111122223333:role/reader"]),
		"not_principal": true,
		"actions": ["*"],
		"resources": ["*"],
	})
	aws.public_statements({"statements": [stmt({}), guard]}) == set()
}

test_tls_deny if {
	tls := stmt({
		"effect": "Deny",
		"actions": ["s3:*"],
		"conditions": {"Bool": {"aws:securetransport": ["false"]}},
	})
	aws.denies_insecure_transport({"statements": [tls]})
	aws.denies_insecure_transport({"statements": [object.union(tls, {"conditions": {"Bool": {"aws:securetransport": [false]}}})]})
	not aws.denies_insecure_transport({"statements": [object.union(tls, {"effect": "Allow"})]})
	not aws.denies_insecure_transport({"statements": [object.union(tls, {"actions": ["s3:getobject"]})]})
	not aws.denies_insecure_transport({"statements": [object.union(tls, {"principal": principal(["arn:aws:iam::111122223333:root"])})]})
	not aws.denies_insecure_transport({"statements": [object.union(tls, {"conditions": {"Bool": {"aws:securetransport": ["true"]}}})]})
}

test_account_of if {
	aws.account_of("111122223333") == "111122223333"
	aws.account_of("arn:aws:iam::111122223333:root") == "111122223333"
	not aws.account_of("arn:aws:iam::aws:policy/ReadOnlyAccess")
	not aws.account_of("*")
	not aws.account_of({"$unknown": "Ref"})
}

test_identity_statements_paths if {
	doc := {"statements": [stmt({}), stmt({"effect": "Deny"})]}
	resources := [
		{"id": "r", "type": "aws.iam.role", "properties": {"policies": [{"name": "p", "document": doc}]}},
		{"id": "p", "type": "aws.iam.policy", "properties": {"document": {"statements": [stmt({"sid": "a"}), stmt({"sid": "b"})]}}},
		{"id": "b", "type": "aws.s3.bucket", "properties": {"policy": doc}},
	]
	paths := {[x.resource.id, x.path] | some x in aws.identity_statements} with input.resources as resources
	paths == {
		["r", ["properties", "policies", 0, "document", "statements", 0]],
		["r", ["properties", "policies", 0, "document", "statements", 1]],
		["p", ["properties", "document", "statements", 0]],
		["p", ["properties", "document", "statements", 1]],
	}
}

test_has_condition_key if {
	aws.has_condition_key(stmt({"conditions": {"StringEquals": {"sts:externalid": ["x"]}}}), {"sts:externalid"})
	not aws.has_condition_key(stmt({"conditions": {"StringNotEquals": {"sts:externalid": ["x"]}}}), {"sts:externalid"})
	not aws.has_condition_key(stmt({}), {"sts:externalid"})
}

test_identity_kind if {
	aws.identity_kind({"type": "aws.iam.role"}) == "IAM role"
	not aws.identity_kind({"type": "aws.s3.bucket"})
}

test_rds_databases if {
	resources := [
		{"id": "c", "type": "aws.rds.cluster", "properties": {"engine": "aurora-mysql"}},
		{"id": "w", "type": "aws.rds.instance", "properties": {"engine": "aurora-mysql"}},
		{"id": "i", "type": "aws.rds.instance", "properties": {"engine": "postgres"}},
		{"id": "u", "type": "aws.rds.instance", "properties": {"engine": {"$unknown": "Ref"}}},
		{"id": "m", "type": "aws.rds.instance", "properties": {"engine": "postgres", "cluster_id": "ref:MultiAz"}},
		{"id": "x", "type": "aws.rds.instance", "properties": {"engine": "postgres", "cluster_id": {"$unknown": "Fn::ImportValue"}}},
		{"id": "s", "type": "aws.rds.instance", "properties": {"engine": "mysql", "cluster_id": null}},
	]
	{r.id | some r in aws.rds_databases} == {"c", "i", "u", "s"} with input.resources as resources
}

test_rds_replica if {
	aws.rds_replica({"properties": {"read_replica": true}})
	aws.rds_replica({"properties": {"read_replica": {"$unknown": "Fn::If"}}})
	not aws.rds_replica({"properties": {"read_replica": false}})
	not aws.rds_replica({"properties": {"engine": "postgres"}})
}

sg_rule(protocol, from, to) := {
	"protocol": protocol, "from_port": from, "to_port": to,
	"cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null, "source_security_group": null, "description": null,
}

test_world_sources if {
	aws.world_sources(sg_rule("tcp", 22, 22)) == ["0.0.0.0/0"]
	aws.world_sources(object.union(sg_rule("tcp", 22, 22), {"cidr_ipv4": null, "cidr_ipv6": "::/0"})) == ["::/0"]
	aws.world_sources(object.union(sg_rule("tcp", 22, 22), {"cidr_ipv4": "10.0.0.0/8"})) == []
	aws.world_sources(object.union(sg_rule("tcp", 22, 22), {"cidr_ipv4": {"$unknown": "Ref"}})) == []
}

test_opens_tcp_port if {
	aws.opens_tcp_port(sg_rule("tcp", 22, 22), 22)
	aws.opens_tcp_port(sg_rule("6", 0, 65535), 3389)
	aws.opens_tcp_port(sg_rule("-1", null, null), 22)
	aws.opens_tcp_port(sg_rule("tcp", null, null), 22)
	not aws.opens_tcp_port(sg_rule("tcp", 443, 443), 22)
	not aws.opens_tcp_port(sg_rule("udp", 0, 65535), 22)
	not aws.opens_tcp_port(sg_rule("tcp", {"$unknown": "Ref"}, 22), 22)
}

test_port_range if {
	aws.port_range(sg_rule("-1", 80, 80)) == [0, 65535]
	aws.port_range(sg_rule("udp", 53, 53)) == [53, 53]
	aws.port_range(sg_rule("icmp", -1, -1)) == [0, 65535]
	not aws.port_range(sg_rule("tcp", {"$unknown": "Ref"}, 80))
}

test_covers if {
	aws.covers(["s3:*"], ["s3:getobject", "s3:putobject"])
	aws.covers(["*"], [{"$unknown": "Fn::Sub"}])
	aws.covers([{"$unknown": "Fn::Sub"}], [{"$unknown": "Fn::Sub"}])
	aws.covers(["arn:aws:s3:::b/*"], ["arn:aws:s3:::b/reports.2024/x.csv"])
	not aws.covers(["s3:getobject"], ["s3:getobject", "s3:putobject"])
	not aws.covers(["arn:aws:s3:::b/*"], [{"$unknown": "Fn::Sub"}])
	not aws.covers(["*"], [])
}

test_s3_access_log_target if {
	logs := {"id": "t#Logs", "type": "aws.s3.bucket", "name": "Logs", "properties": {"bucket_name": null, "logging": {"enabled": false, "target_bucket": null}}}
	data_bucket := {"id": "t#Data", "type": "aws.s3.bucket", "name": "Data", "properties": {"bucket_name": null, "logging": {"enabled": true, "target_bucket": "ref:Logs"}}}
	aws.s3_access_log_target(logs) with input.resources as [logs, data_bucket]
	not aws.s3_access_log_target(data_bucket) with input.resources as [logs, data_bucket]
}

test_identity_statements_judge_a_folded_policy_once if {
	doc := {"statements": [stmt({})]}
	inline := {"statements": [stmt({"effect": "Deny"})]}
	resources := [
		{"id": "r", "type": "aws.iam.role", "name": "r", "properties": {"policies": [{"name": "inline", "document": inline}, {"name": "default", "document": doc}]}},
		{"id": "p", "type": "aws.iam.policy", "name": "p", "properties": {"document": doc, "attached": {"roles": ["ref:r"], "users": [], "groups": []}}},
		# the same document inline in a user the policy is not attached to: judged there too
		{"id": "u", "type": "aws.iam.user", "name": "u", "properties": {"policies": [{"name": "own", "document": doc}]}},
	]
	paths := {[x.resource.id, x.path] | some x in aws.identity_statements} with input.resources as resources
	paths == {
		["r", ["properties", "policies", 0, "document", "statements", 0]],
		["p", ["properties", "document", "statements", 0]],
		["u", ["properties", "policies", 0, "document", "statements", 0]],
	}
}

test_identity_statements_managed_policy_named_by_the_role if {
	doc := {"statements": [stmt({})]}
	resources := [
		{"id": "r", "type": "aws.iam.role", "name": "r", "properties": {"managed_policy_arns": ["ref:m"], "policies": [{"name": "ref:m", "document": doc}]}},
		{"id": "m", "type": "aws.iam.policy", "name": "m", "properties": {"document": doc, "attached": {"roles": [], "users": [], "groups": []}}},
	]
	paths := {[x.resource.id, x.path] | some x in aws.identity_statements} with input.resources as resources
	paths == {["m", ["properties", "document", "statements", 0]]}
}

test_wildcard_match if {
	aws.wildcard_match("iam:PassRole", "iam:passrole")
	aws.wildcard_match("iam:Pass*", "iam:passrole")
	aws.wildcard_match("iam:*Role", "iam:passrole")
	aws.wildcard_match("*", "iam:passrole")
	aws.wildcard_match("i*:*s*e", "iam:passrole")
	aws.wildcard_match("iam:?assrol?", "iam:passrole")
	aws.wildcard_match("iam:*?ole", "iam:passrole")
	aws.wildcard_match("arn:aws:s3:::b/*", "arn:aws:s3:::b/reports.2024/x.csv")
	aws.wildcard_match("a*b*c*d*e*f*g*h*i", "abcdefghi")
	aws.wildcard_match("a*a", "aa")
	aws.wildcard_match("*ab*ab*", "xabyab")
	not aws.wildcard_match("iam:pass", "iam:passrole")
	not aws.wildcard_match("iam:?passrole", "iam:passrole")
	not aws.wildcard_match("iam:passrole?", "iam:passrole")
	not aws.wildcard_match("a*a", "a")
	not aws.wildcard_match("*ab*ab*", "xaby")
	not aws.wildcard_match("s3:*", "iam:passrole")
	not aws.wildcard_match("iam:[p]assrole", "iam:passrole")
	not aws.wildcard_match("a*b*c*d*e*f*g*h*i*j", "abcdefghij")
	not aws.wildcard_match({"$unknown": "Fn::Sub"}, "iam:passrole")
}

# Every value a pattern matches starts with the pattern's head: the rules test that before the
# full match, so the head must never rule out a match.
test_pattern_head if {
	aws.pattern_head("IAM:Pass*") == "iam:pass"
	aws.pattern_head("iam:?assrole") == "iam:"
	aws.pattern_head("*") == ""
	aws.pattern_head("i*:*s*e") == "i"
	aws.pattern_head("s3:GetObject") == "s3:getobject"
	matching := [
		["iam:PassRole", "iam:passrole"], ["iam:Pass*", "iam:passrole"], ["iam:*Role", "iam:passrole"],
		["*", "iam:passrole"], ["i*:*s*e", "iam:passrole"], ["iam:?assrol?", "iam:passrole"],
		["iam:*?ole", "iam:passrole"], ["arn:aws:s3:::b/*", "arn:aws:s3:::b/reports.2024/x.csv"],
		["a*b*c*d*e*f*g*h*i", "abcdefghi"], ["a*a", "aa"], ["*ab*ab*", "xabyab"], ["IAM:CREATE?OLICY*", "iam:createpolicyversion"],
	]
	every pair in matching {
		aws.wildcard_match(pair[0], pair[1])
		startswith(pair[1], aws.pattern_head(pair[0]))
	}
}

# matched_by finds what asking wildcard_match of every target finds.
test_matched_by_agrees_with_wildcard_match if {
	targets := {"iam:passrole", "iam:putrolepolicy", "iam:createpolicyversion", "s3:getobject", "kms:decrypt", "ssm:getparameters", "a", ""}
	patterns := [
		"iam:passrole", "IAM:PassRole", "iam:pass*", "iam:*", "*", "*:*", "iam:p?t*", "i*:*s*e", "?", "*?", "",
		"iam:?assrol?", "s3:get*", "S3:GetObject", "ssm:getparameter*", "ssm:getparameter", "kms:*crypt", "iam:put*policy", "a*", "x*",
	]
	every p in patterns {
		aws.matched_by(p, targets) == {t | some t in targets; aws.wildcard_match(p, t)}
	}
	aws.matched_by("iam:Pass*", targets) == {"iam:passrole"}
	aws.matched_by("s3:list*", targets) == set()
}

# An attachment the loader could not resolve (unknown) names no identity: nothing is folded.
test_identity_statements_unknown_attachment if {
	doc := {"statements": [stmt({})]}
	resources := [
		{"id": "r", "type": "aws.iam.role", "name": "r", "properties": {"policies": [{"name": "p", "document": doc}]}},
		{"id": "p", "type": "aws.iam.policy", "name": "p", "properties": {"document": doc, "attached": {"roles": [{"$unknown": "Ref to undefined Role"}], "users": [], "groups": []}}},
	]
	paths := {[x.resource.id, x.path] | some x in aws.identity_statements} with input.resources as resources
	paths == {
		["r", ["properties", "policies", 0, "document", "statements", 0]],
		["p", ["properties", "document", "statements", 0]],
	}
}

test_template_secrets_from_any_resource if {
	s := {"resource_type": "AWS::DMS::Endpoint", "property": "Password", "kind": "property", "value_kind": null, "noecho_default": true}
	r := {"id": "e", "type": "aws.cloudformation.resource", "name": "e", "tags": {}, "properties": {"cfn_type": "AWS::DMS::Endpoint", "literal_secrets": [s]}}
	other := {"id": "b", "type": "aws.s3.bucket", "name": "b", "tags": {}, "properties": {}}
	aws.template_secrets == [[r, 0, s]] with input.resources as [r, other]
	aws.secret_how(s) == " (the Default of a NoEcho parameter)"
}

# A batch holds several templates, and a `ref:<LogicalId>` names a resource of its own template
# only: template b's policy attached to ref:Role1 folds into b's Role1, never into a's, even when
# a's Role1 holds the same document inline.
test_identity_statements_refs_stay_in_their_template if {
	doc := {"statements": [stmt({})]}
	resources := [
		{"id": "a.json#Role1", "type": "aws.iam.role", "name": "Role1", "properties": {"policies": [{"name": "own", "document": doc}], "managed_policy_arns": ["ref:Managed"]}},
		{"id": "b.json#Role1", "type": "aws.iam.role", "name": "Role1", "properties": {"policies": [{"name": "Attached", "document": doc}, {"name": "ref:Managed", "document": doc}], "managed_policy_arns": ["ref:Managed"]}},
		{"id": "b.json#Attached", "type": "aws.iam.policy", "name": "Attached", "properties": {"document": doc, "attached": {"roles": ["ref:Role1"], "users": [], "groups": []}}},
		{"id": "b.json#Managed", "type": "aws.iam.policy", "name": "Managed", "properties": {"document": doc, "attached": {"roles": [], "users": [], "groups": []}}},
	]
	paths := {[x.resource.id, x.path] | some x in aws.identity_statements} with input.resources as resources
	paths == {
		["a.json#Role1", ["properties", "policies", 0, "document", "statements", 0]],
		["b.json#Attached", ["properties", "document", "statements", 0]],
		["b.json#Managed", ["properties", "document", "statements", 0]],
	}

	# The same, asked per policy (PAL-IAM group inline policies).
	not aws.folded(resources[0], resources[0].properties.policies[0]) with input.resources as resources
	aws.folded(resources[1], resources[1].properties.policies[0]) with input.resources as resources
	aws.folded(resources[1], resources[1].properties.policies[1]) with input.resources as resources
}

# Names that are no `ref:` (physical names, ARNs of live resources) are not scoped.
test_identity_statements_physical_names_are_global if {
	doc := {"statements": [stmt({})]}
	resources := [
		{"id": "a.json#Role1", "type": "aws.iam.role", "name": "Role1", "properties": {"role_name": "deploy", "policies": [{"name": "p", "document": doc}]}},
		{"id": "b.json#P", "type": "aws.iam.policy", "name": "P", "properties": {"document": doc, "attached": {"roles": ["deploy"], "users": [], "groups": []}}},
	]
	paths := {[x.resource.id, x.path] | some x in aws.identity_statements} with input.resources as resources
	paths == {["b.json#P", ["properties", "document", "statements", 0]]}
}

bucket(id, name, target) := {"id": id, "type": "aws.s3.bucket", "name": name, "properties": {"bucket_name": null, "logging": {"enabled": target != null, "target_bucket": target}}}

test_s3_access_log_target_in_its_own_template if {
	a_logs := bucket("a.json#Logs", "Logs", null)
	b_logs := bucket("b.json#Logs", "Logs", null)
	b_data := bucket("b.json#Data", "Data", "ref:Logs")
	resources := [a_logs, b_logs, b_data]
	not aws.s3_access_log_target(a_logs) with input.resources as resources
	aws.s3_access_log_target(b_logs) with input.resources as resources

	# A physical bucket name is global: a's bucket named shared-logs receives b's logs.
	named := object.union(a_logs, {"properties": {"bucket_name": "shared-logs"}})
	sender := bucket("b.json#Sender", "Sender", "shared-logs")
	aws.s3_access_log_target(named) with input.resources as [named, sender]
}

test_ref_scope if {
	aws.ref_scope({"id": "cdk.out/App.template.json#Role1", "name": "Role1"}) == "cdk.out/App.template.json"
	aws.ref_scope({"id": "dir#1/t.yaml#Role1", "name": "Role1"}) == "dir#1/t.yaml"
	aws.ref_scope({"id": "arn:aws:iam::111122223333:role/deploy", "name": "deploy"}) == ""
	aws.ref_key({"id": "t.json#A", "name": "A"}, "ref:B") == ["t.json", "ref:B"]
	aws.ref_key({"id": "t.json#A", "name": "A"}, "arn:aws:s3:::b") == "arn:aws:s3:::b"
}
