package palisade.rules.aws.vpc.flow_logs_test

import data.palisade.rules.aws.vpc.flow_logs

vpc(v) := {"id": "v", "type": "aws.ec2.vpc", "name": "v", "tags": {}, "properties": {"flow_logs": v}}

test_no_flow_log if {
	r := flow_logs.deny with input.resources as [vpc(false)]
	r == {{"resource": "v", "path": ["properties", "flow_logs"], "msg": "VPC 'v' has no flow log."}}
}

test_flow_log_or_unknown if {
	count(flow_logs.deny) == 0 with input.resources as [vpc(true)]
	count(flow_logs.deny) == 0 with input.resources as [vpc({"$unknown": "applies only under a condition"})]
}
