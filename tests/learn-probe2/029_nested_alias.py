default = {"tags": [], "count": 0}
users = {}
for name in ["ann", "bob"]:
    users[name] = default
users["ann"]["tags"].append("admin")
users["ann"]["count"] = 5
print(users)
users = {}
for name in ["ann", "bob"]:
    users[name] = {"tags": [], "count": 0}
users["ann"]["tags"].append("admin")
print(users)
print(users["ann"]["tags"] is users["bob"]["tags"])
