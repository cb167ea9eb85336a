config = {
    "server": {"host": "localhost", "port": 8080},
    "users": [{"name": "admin", "roles": ["read", "write"]}, {"name": "guest", "roles": ["read"]}],
    "debug": False,
}
print(config["server"]["port"])
print(config["users"][0]["roles"][-1])
print(config.get("timeout", 30))
print(config["server"].get("ssl", {}).get("enabled", False))
for u in config["users"]:
    print(u["name"], "write" in u["roles"])
try:
    print(config["database"]["host"])
except KeyError as e:
    print("missing:", e)
