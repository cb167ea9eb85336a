def wrap(v, depth):
    for _ in range(depth):
        v = [v]
    return v

deep = wrap("core", 12)
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": True}
node = config["db"]
print(len(deep))
