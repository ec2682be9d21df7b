# Helpers shared by the AWS rules (src/model/aws.ts): IAM policy documents (lower-case actions
# and condition keys), IAM identities, RDS clusters, security group rules, S3 log buckets.
# Every helper errs towards "not a finding" when a value is unknown.
package palisade.lib.aws

import data.palisade.lib

# Condition keys that narrow a grant to known accounts, organizations, networks or calling
# resources. aws:SecureTransport is deliberately absent: it says how a caller connects, not who.
restricting_keys := {
	"aws:principalaccount",
	"aws:principalarn",
	"aws:principalorgid",
	"aws:principalorgpaths",
	"aws:sourceaccount",
	"aws:sourcearn",
	"aws:sourceip",
	"aws:sourceorgid",
	"aws:sourceorgpaths",
	"aws:sourceowner",
	"aws:sourcevpc",
	"aws:sourcevpce",
	"aws:userid",
	"aws:vpcsourceip",
	"kms:calleraccount",
	"s3:dataaccesspointaccount",
	"s3:dataaccesspointarn",
}

# Values that narrow nothing.
wide_values := {"*", "0.0.0.0/0", "::/0"}

# The statement names everyone: "*" or {"AWS": "*"}.
everyone(s) if s.principal.any == true

everyone(s) if "*" in s.principal.aws

# An Allow reaches everyone: a public principal, or NotPrincipal (all but the few it lists).
public_principal(s) if everyone(s)

public_principal(s) if {
	s.not_principal == true
	not everyone(s)
}

# The statement's conditions narrow who can use it. An unknown condition block counts as
# narrowing: we cannot prove the grant is public.
restricted(s) if lib.is_unknown(s.conditions)

restricted(s) if {
	some op, block in s.conditions
	narrowing_operator(op)
	lib.is_unknown(block)
}

restricted(s) if {
	some op, block in s.conditions
	narrowing_operator(op)
	some key, values in block
	restricting_keys[key]
	narrowing_values(values)
}

# Negated operators (StringNotEquals...) widen an Allow; ...IfExists and ForAllValues pass when
# the key is absent; Null only tests presence.
narrowing_operator(op) if {
	o := lower(op)
	not contains(o, "not")
	not endswith(o, "ifexists")
	not startswith(o, "forallvalues:")
	o != "null"
}

narrowing_values(values) if lib.is_unknown(values)

narrowing_values(values) if {
	some v in values
	narrowing_value(v)
}

narrowing_value(v) if lib.is_unknown(v)

narrowing_value(v) if {
	is_string(v)
	not wide_values[v]
}

# Indices of the statements of a resource policy that grant access to anyone, unconditionally,
# and that no Deny statement of the same document takes back.
public_statements(doc) := {j |
	some j, s in doc.statements
	s.effect == "Allow"
	public_principal(s)
	not restricted(s)
	not guarded(doc, s)
}

# A Deny for everyone outside a known account, organization or network (negated condition on a
# restricting key), or for everyone but a few principals (NotPrincipal), covering the allowed
# actions and resources, makes an Allow for "*" non-public.
guarded(doc, allow) if {
	some s in doc.statements
	s.effect == "Deny"
	denies_outsiders(s)
	covers(s.actions, allow.actions)
	covers(s.resources, allow.resources)
}

denies_outsiders(s) if {
	everyone(s)
	some op, block in s.conditions
	contains(lower(op), "not")
	some key, _ in block
	restricting_keys[key]
}

denies_outsiders(s) if {
	s.not_principal == true
	not everyone(s)
}

# Every item is matched by one of the patterns: "*", the same value (an unknown value only
# by the very same expression), or an IAM wildcard.
covers(patterns, items) if {
	count(items) > 0
	every item in items {
		some p in patterns
		matches(p, item)
	}
}

matches("*", _)

matches(p, p)

matches(p, item) if wildcard_match(p, item)

# The literal start of an IAM pattern, lower-case: what comes before its first `*` or `?`.
# Every value the pattern matches (wildcard_match) starts with it, so `startswith(value, head)`
# is a cheap test that rules out most pairs before the full match.
pattern_head(pattern) := split(split(lower(pattern), "*")[0], "?")[0]

# The members of targets (a set of lower-case strings) that the IAM pattern matches: what
# asking wildcard_match of each target finds, for less. A pattern without wildcards matches
# only itself (one lookup); one with wildcards is tried only on the targets that start with its
# literal head.
matched_by(pattern, targets) := {p | targets[p]} if {
	p := lower(pattern)
	not wildcards(p)
}

matched_by(pattern, targets) := {t |
	some t in targets
	startswith(t, head)
	wildcard_match(pattern, t)
} if {
	wildcards(lower(pattern))
	head := pattern_head(pattern)
}

wildcards(p) if contains(p, "*")

wildcards(p) if contains(p, "?")

# IAM wildcard matching (`*` any run of characters, dots, colons and slashes included; `?` one
# character), case-insensitive. Written without glob.match or regex.match on purpose: those
# compile every distinct pattern into the wasm runtime's regex cache, which corrupts its heap
# once more than 100 patterns meet in one evaluation (a few hundred IAM statements do), and the
# scan died with "memory access out of bounds". Each `*`-separated segment is placed at its
# leftmost fit, which is exact for these two wildcards. A pattern of more than 8 stars matches
# nothing: no finding rather than a guess.
wildcard_match(pattern, s) if {
	is_string(pattern)
	is_string(s)
	p := lower(pattern)
	t := lower(s)
	not contains(p, "*")
	count(p) == count(t)
	fits_at(t, p, 0)
}

wildcard_match(pattern, s) if {
	is_string(pattern)
	is_string(s)
	p := lower(pattern)
	t := lower(s)
	contains(p, "*")
	segs := split(p, "*")
	head := segs[0]
	tail := segs[count(segs) - 1]
	tail_start := count(t) - count(tail)
	tail_start >= count(head)
	fits_at(t, head, 0)
	fits_at(t, tail, tail_start)
	end := placed(t, array.slice(segs, 1, count(segs) - 1), count(head))
	end <= tail_start
}

# Where the middle segments end when each is placed at its leftmost fit after the previous one
# (unrolled: Rego has no recursion).
placed(_, mids, from) := from if count(mids) == 0

placed(t, mids, from) := e if {
	count(mids) == 1
	e := fit_end(t, mids[0], from)
}

placed(t, mids, from) := e if {
	count(mids) == 2
	e := fit_end(t, mids[1], fit_end(t, mids[0], from))
}

placed(t, mids, from) := e if {
	count(mids) == 3
	e := fit_end(t, mids[2], fit_end(t, mids[1], fit_end(t, mids[0], from)))
}

placed(t, mids, from) := e if {
	count(mids) == 4
	e1 := fit_end(t, mids[1], fit_end(t, mids[0], from))
	e := fit_end(t, mids[3], fit_end(t, mids[2], e1))
}

placed(t, mids, from) := e if {
	count(mids) == 5
	e1 := fit_end(t, mids[1], fit_end(t, mids[0], from))
	e := fit_end(t, mids[4], fit_end(t, mids[3], fit_end(t, mids[2], e1)))
}

placed(t, mids, from) := e if {
	count(mids) == 6
	e1 := fit_end(t, mids[2], fit_end(t, mids[1], fit_end(t, mids[0], from)))
	e := fit_end(t, mids[5], fit_end(t, mids[4], fit_end(t, mids[3], e1)))
}

placed(t, mids, from) := e if {
	count(mids) == 7
	e1 := fit_end(t, mids[2], fit_end(t, mids[1], fit_end(t, mids[0], from)))
	e2 := fit_end(t, mids[5], fit_end(t, mids[4], fit_end(t, mids[3], e1)))
	e := fit_end(t, mids[6], e2)
}

# The end of the leftmost fit of seg in t at or after from.
fit_end(t, seg, from) := (from + i) + count(seg) if {
	not contains(seg, "?")
	i := indexof(substring(t, from, -1), seg)
	i >= 0
}

fit_end(t, seg, from) := min(starts) + count(seg) if {
	contains(seg, "?")
	last := count(t) - count(seg)
	last >= from
	starts := {q | some q in numbers.range(from, last); fits_at(t, seg, q)}
	count(starts) > 0
}

# seg (with `?` for any one character) is found in t at position q.
fits_at(_, "", _)

# Without `?`, one string comparison (the per-character walk below costs the engine much more).
fits_at(t, seg, q) if {
	seg != ""
	not contains(seg, "?")
	q + count(seg) <= count(t)
	substring(t, q, count(seg)) == seg
}

fits_at(t, seg, q) if {
	seg != ""
	contains(seg, "?")
	q + count(seg) <= count(t)
	every i in numbers.range(0, count(seg) - 1) {
		same_char(substring(seg, i, 1), substring(t, q + i, 1))
	}
}

same_char("?", _)

same_char(c, c)

# The document denies every request made without TLS: Deny, for everyone, all actions of the
# service (or all), when aws:SecureTransport is false.
denies_insecure_transport(doc) if {
	some s in doc.statements
	s.effect == "Deny"
	everyone(s)
	some a in s.actions
	all_service_actions(a)
	some op, block in s.conditions
	bool_operators[lower(op)]
	some v in block["aws:securetransport"]
	false_value(v)
}

bool_operators := {"bool", "boolifexists"}

all_service_actions("*")

all_service_actions(a) if {
	is_string(a)
	endswith(a, ":*")
}

false_value(v) if v == false

false_value(v) if {
	is_string(v)
	lower(v) == "false"
}

# The account of a principal written as an account id or an IAM ARN.
account_of(p) := p if {
	is_string(p)
	regex.match(`^[0-9]{12}$`, p)
}

account_of(p) := a if {
	is_string(p)
	startswith(p, "arn:")
	a := split(p, ":")[4]
	regex.match(`^[0-9]{12}$`, a)
}

# The account a live resource lives in, from its ARN id; undefined for template resources.
own_account(r) := account_of(r.id)

# The IAM types whose policies field lists identity policies.
identity_types := {"aws.iam.group", "aws.iam.role", "aws.iam.user"}

# Every statement of every identity policy (inline, attached in the same template, or a
# customer managed policy), with the attribute path of the statement. A policy that is also a
# resource of the input (an AWS::IAM::Policy or ManagedPolicy folded into the roles it is
# attached to) is judged once, as that resource.
# An array, not a set: a set hashes and compares every whole resource it holds.
identity_statements := array.concat(
	[{"resource": r, "path": path, "statement": s} |
		some r in input.resources
		identity_types[r.type]
		docs := folded_documents(r)
		some i, p in r.properties.policies
		not folded_into(docs, p)
		some j, s in p.document.statements
		path := ["properties", "policies", i, "document", "statements", j]
	],
	[{"resource": r, "path": path, "statement": s} |
		some r in lib.resources("aws.iam.policy")
		some j, s in r.properties.document.statements
		path := ["properties", "document", "statements", j]
	],
)

# The identity's policy p is the document of a policy resource attached to it: listed in the
# policy's Roles/Users/Groups, or a managed policy of the template named in ManagedPolicyArns.
# Both lookups go through indexes built once per evaluation (asking every policy resource for
# every identity's every policy was quadratic). A `ref:<LogicalId>` names a resource of its own
# template only (see ref_key): a batch holds several templates.
folded(r, p) if {
	some who in identity_names(r)
	attached_documents[[attachment_lists[r.type], who]][p.document]
}

folded(r, p) if {
	some arn in r.properties.managed_policy_arns
	policy_documents_by_ref[ref_key(r, arn)][p.document]
}

# The same as `folded`, asked once per identity rather than once per policy: the documents of
# the policy resources attached to r (usually none). Looking each policy's whole document up
# in the indexes hashed it once per name of the identity.
# Each half first asks whether it can find anything: no policy of the input attached by name
# (count), an ARN that is no `ref:` (every key of policy_documents_by_ref is one).
folded_documents(r) := {d |
	count(attached_documents) > 0
	some who in identity_names(r)
	some d in attached_documents[[attachment_lists[r.type], who]]
} | {d |
	some arn in r.properties.managed_policy_arns
	startswith(arn, "ref:")
	some d in policy_documents_by_ref[ref_key(r, arn)]
}

folded_into(docs, p) if {
	count(docs) > 0
	docs[p.document]
}

# [attachment list, name] -> documents of the policy resources attached that way. Only names
# that are strings: identity_names holds nothing else. A `ref:` name is keyed with the policy's
# template (ref_key).
attached_documents[[list, ref_key(q, who)]] contains q.properties.document if {
	some q in lib.resources("aws.iam.policy")
	some list, names in q.properties.attached
	some who in names
	is_string(who)
}

# [template, `ref:<LogicalId>`] of each policy resource -> its document.
policy_documents_by_ref[[ref_scope(q), concat("", ["ref:", q.name])]] contains q.properties.document if {
	some q in lib.resources("aws.iam.policy")
}

attachment_lists := {"aws.iam.group": "groups", "aws.iam.role": "roles", "aws.iam.user": "users"}

# How a policy's attachment list may name the identity: `ref:<LogicalId>` in its template (as
# ref_key keys it), the name or ARN for live resources.
identity_names(r) := {n |
	some n in [
		r.name,
		r.id,
		object.get(r.properties, "role_name", null),
		object.get(r.properties, "user_name", null),
		object.get(r.properties, "group_name", null),
	]
	is_string(n)
} | {[ref_scope(r), concat("", ["ref:", r.name])]}

# A name as written in resource r, as the indexes key it: a `ref:<LogicalId>` names a resource
# of r's own template, so it is keyed [template, name]; any other name is global (a physical
# name or an ARN) and stays as it is.
ref_key(r, name) := [ref_scope(r), name] if startswith(name, "ref:")

ref_key(_, name) := name if not startswith(name, "ref:")

# The template a resource was read from, which its `ref:` names are scoped to: a template
# resource's id is `<file>#<LogicalId>` (src/sources/cloudformation; cdk.out stacks and nested
# stacks are templates of their own). "" for every other resource (a live one's id is an ARN).
ref_scope(r) := trim_suffix(r.id, suffix) if {
	suffix := concat("", ["#", r.name])
	endswith(r.id, suffix)
}

ref_scope(r) := "" if not endswith(r.id, concat("", ["#", r.name]))

# Known actions of an Allow statement, as strings.
allowed_actions(s) := {a |
	s.effect == "Allow"
	some a in s.actions
	is_string(a)
}

# How a message names an IAM resource.
identity_kind(r) := kind if {
	kinds := {
		"aws.iam.group": "IAM group",
		"aws.iam.policy": "IAM policy",
		"aws.iam.role": "IAM role",
		"aws.iam.user": "IAM user",
	}
	kind := kinds[r.type]
}

# The statement has a condition (with an operator that narrows) on one of these keys.
has_condition_key(s, keys) if {
	some op, block in s.conditions
	narrowing_operator(op)
	some key, _ in block
	key in keys
}

# RDS clusters and standalone instances: what database-wide rules (storage encryption,
# backups, deletion protection, IAM authentication) judge. An instance of a cluster (Aurora,
# or a Multi-AZ DB cluster) takes those settings from the cluster, which is judged instead.
# An array, not a set: a set hashes every whole resource it holds.
# Gathered by type from lib.resources' index: asking every resource of the input for its type
# cost W2 (100,000 Config items, none of them RDS) about 0.2 s of wasm for nothing.
rds_databases := [r |
	some t in database_types
	some r in lib.resources(t)
	not cluster_member(r)
]

# Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
database_types := {"aws.rds.instance", "aws.rds.cluster"}

cluster_member(r) if {
	r.type == "aws.rds.instance"
	object.get(r.properties, "cluster_id", null) != null
}

# Aurora instances always belong to a cluster, even when the source does not say which.
cluster_member(r) if {
	r.type == "aws.rds.instance"
	startswith(r.properties.engine, "aurora")
}

# A read replica copies its source: its backups and deletion protection are its source's
# concern. One that may be a replica (Unknown) counts as one: nothing is reported on unknowns. A
# source that does not say is not a replica.
rds_replica(r) if object.get(r.properties, "read_replica", false) == true

rds_replica(r) if lib.is_unknown(object.get(r.properties, "read_replica", false))

# Security group rules (src/model/aws.ts SecurityGroupRule).

# The internet sources of a rule: 0.0.0.0/0 and ::/0.
world_sources(rule) := sort({c |
	some c in [rule.cidr_ipv4, rule.cidr_ipv6]
	world_cidrs[c]
})

world_cidrs := {"0.0.0.0/0", "::/0"}

all_protocols(rule) if all_protocol_names[lower(rule.protocol)]

tcp(rule) if tcp_names[lower(rule.protocol)]

icmp(rule) if icmp_names[lower(rule.protocol)]

all_protocol_names := {"-1", "all"}

tcp_names := {"tcp", "6"}

icmp_names := {"icmp", "1", "icmpv6", "58"}

# The port range a rule opens: every port for all protocols or when no (or -1) ports are set.
port_range(rule) := [0, 65535] if all_protocols(rule)

port_range(rule) := [0, 65535] if {
	not all_protocols(rule)
	rule.from_port in {null, -1}
	rule.to_port in {null, -1}
}

port_range(rule) := [rule.from_port, rule.to_port] if {
	not all_protocols(rule)
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port >= 0
}

# The rule opens this TCP port.
opens_tcp_port(rule, _) if all_protocols(rule)

opens_tcp_port(rule, port) if {
	tcp(rule)
	[from, to] := port_range(rule)
	from <= port
	port <= to
}

# Another bucket of the same input sends its server access logs to this one: `ref:<LogicalId>`
# in its template (ref_key), the bucket name for live resources.
s3_access_log_target(r) if {
	some name in {[ref_scope(r), concat("", ["ref:", r.name])], r.name, object.get(r.properties, "bucket_name", null)}
	some source in s3_log_sources[name]
	source != r.id
}

# Log target -> the buckets that log to it, built once per evaluation: asking every bucket
# about every other one was quadratic in the number of buckets.
s3_log_sources[ref_key(other, target)] contains other.id if {
	some other in lib.resources("aws.s3.bucket")
	target := other.properties.logging.target_bucket
	is_string(target)
}

# An environment variable (model EnvironmentVariable: Lambda, ECS containers) that holds a secret
# written as a literal: a secret-looking name or value, not empty, not a dynamic reference.
plaintext_secret(v) if {
	literal_value(v.value)
	secret_variable(v)
}

secret_variable(v) if v.secret_name == true

secret_variable(v) if is_string(v.secret_value)

literal_value(value) if {
	is_string(value)
	value != ""
	not startswith(value, "{{resolve:")
}

# Secrets written in a template in any resource (model LiteralSecret, literal-secrets.ts):
# [resource, index, entry], for the rules of each kind to select from. An array, not a set: a
# set would hash the whole resource of every entry as it was added.
template_secrets := [[r, i, s] |
	some r in input.resources
	some i, s in r.properties.literal_secrets
]

# How a template secret was written, for messages.
secret_how(s) := " (the Default of a NoEcho parameter)" if s.noecho_default == true

secret_how(s) := "" if not s.noecho_default == true
