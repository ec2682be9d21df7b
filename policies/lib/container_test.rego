package palisade.lib.container_test

import data.palisade.lib.container

test_privileged if {
	container.privileged({"privileged": true})
	not container.privileged({"privileged": false})
	not container.privileged({"privileged": {"$unknown": "Ref"}})
}

test_root_users if {
	every u in ["root", "0", "0:0", "root:wheel", "", " root "] {
		container.root_user(u)
	}
	every u in ["1000", "10001:10001", "postgres", "rootless", ":1000", null, {"$unknown": "Ref"}] {
		not container.root_user(u)
	}
}

test_no_user if {
	container.no_user({"user": null})
	not container.no_user({"user": "app"})
	not container.no_user({"user": {"$unknown": "Ref"}})
}

test_writable_root if {
	container.writable_root({"read_only": false})
	not container.writable_root({"read_only": true})
	not container.writable_root({"read_only": {"$unknown": "Ref"}})
}

test_host_mode if {
	container.host_mode("host")
	container.host_mode("HOST")
	not container.host_mode("awsvpc")
	not container.host_mode(null)
}
