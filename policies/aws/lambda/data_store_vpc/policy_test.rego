package palisade.rules.aws.lambda.data_store_vpc_test

import data.palisade.rules.aws.lambda.data_store_vpc

fn(in_vpc, value) := {"id": "f", "type": "aws.lambda.function", "name": "f", "tags": {}, "properties": {"in_vpc": in_vpc, "environment": {"DB_HOST": {"value": value, "secret_name": false, "secret_value": null}}}}

db := {"id": "d", "type": "aws.rds.instance", "name": "Db", "tags": {}, "properties": {}}

test_reference_to_a_store if {
	r := data_store_vpc.deny with input.resources as [fn(false, "ref:Db.Endpoint.Address"), db]
	r == {{"resource": "f", "path": ["properties", "environment", "DB_HOST"], "msg": "Lambda function 'f' reaches a data store (environment variable 'DB_HOST') but runs outside a VPC."}}
	count(data_store_vpc.deny) == 1 with input.resources as [fn(false, "postgres://ref:Db.Endpoint.Address:5432/app"), db]
}

test_endpoint if {
	count(data_store_vpc.deny) == 1 with input.resources as [fn(false, "orders.abc123xyz.us-east-1.rds.amazonaws.com")]
	count(data_store_vpc.deny) == 1 with input.resources as [fn(false, "master.cache.abc123.use1.cache.amazonaws.com")]
	count(data_store_vpc.deny) == 1 with input.resources as [fn(false, "https://vpc-search-abc123.us-east-1.es.amazonaws.com")]
}

test_not_reported if {
	count(data_store_vpc.deny) == 0 with input.resources as [fn(true, "orders.abc123xyz.us-east-1.rds.amazonaws.com")]
	count(data_store_vpc.deny) == 0 with input.resources as [fn(false, "ref:Queue.Arn"), db]
	count(data_store_vpc.deny) == 0 with input.resources as [fn(false, "search-public-abc.us-east-1.es.amazonaws.com")]
	count(data_store_vpc.deny) == 0 with input.resources as [fn({"$unknown": "If"}, "orders.abc.us-east-1.rds.amazonaws.com")]
	count(data_store_vpc.deny) == 0 with input.resources as [fn(false, {"$unknown": "ImportValue"})]
}

# A `ref:` names a store of the function's own template: another template of the same batch
# with a store of that logical id does not count.
test_reference_stays_in_its_template if {
	f := object.union(fn(false, "ref:Db.Endpoint.Address"), {"id": "a.json#f"})
	other := object.union(db, {"id": "b.json#Db"})
	own := object.union(db, {"id": "a.json#Db"})
	count(data_store_vpc.deny) == 0 with input.resources as [f, other]
	count(data_store_vpc.deny) == 1 with input.resources as [f, other, own]
}
