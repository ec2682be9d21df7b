package palisade.rules.aws.vpc.nacl_admin_ports_public_test

import data.palisade.rules.aws.vpc.nacl_admin_ports_public

entry(n, protocol, action, from, to) := {"rule_number": n, "protocol": protocol, "action": action, "egress": false, "cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null, "from_port": from, "to_port": to}

acl(entries) := {"id": "a", "type": "aws.ec2.network_acl", "name": "a", "tags": {}, "properties": {"entries": entries}}

test_all_traffic if {
	r := nacl_admin_ports_public.deny with input.resources as [acl([entry(100, "-1", "allow", null, null)])]
	r == {{"resource": "a", "path": ["properties", "entries", 0], "msg": "Network ACL 'a' allows all traffic from 0.0.0.0/0 (rule 100)."}}
}

test_ssh_range if {
	r := nacl_admin_ports_public.deny with input.resources as [acl([entry(100, "tcp", "allow", 0, 1024)])]
	r == {{"resource": "a", "path": ["properties", "entries", 0], "msg": "Network ACL 'a' allows SSH (22) from 0.0.0.0/0 (rule 100)."}}
}

test_lower_deny_overrides_only_its_port if {
	r := nacl_admin_ports_public.deny with input.resources as [acl([entry(90, "tcp", "deny", 22, 22), entry(100, "-1", "allow", null, null)])]
	r == {{"resource": "a", "path": ["properties", "entries", 1], "msg": "Network ACL 'a' allows all traffic from 0.0.0.0/0 (rule 100)."}}
	count(nacl_admin_ports_public.deny) == 0 with input.resources as [acl([entry(90, "-1", "deny", null, null), entry(100, "-1", "allow", null, null)])]
}

test_higher_deny_does_not if {
	count(nacl_admin_ports_public.deny) == 1 with input.resources as [acl([entry(200, "-1", "deny", null, null), entry(100, "tcp", "allow", 22, 22)])]
}

test_egress_web_unknown if {
	count(nacl_admin_ports_public.deny) == 0 with input.resources as [acl([object.union(entry(100, "-1", "allow", null, null), {"egress": true})])]
	count(nacl_admin_ports_public.deny) == 0 with input.resources as [acl([entry(100, "tcp", "allow", 443, 443)])]
	count(nacl_admin_ports_public.deny) == 0 with input.resources as [acl([entry(100, "tcp", "allow", 22, 22), {"$unknown": "x"}])]
	count(nacl_admin_ports_public.deny) == 0 with input.resources as [acl([object.union(entry(100, "tcp", "allow", 22, 22), {"cidr_ipv4": "10.0.0.0/8"})])]
}
