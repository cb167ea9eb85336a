# checks: a hand-written deep copy makes independent nested objects
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj

data = {"rows": [[1, 2], [3, 4]], "name": "t"}
deep = deep_copy(data)
print("outer new:", deep is not data)
print("rows new :", deep["rows"] is not data["rows"])
print("row0 new :", deep["rows"][0] is not data["rows"][0])
print("ints shared (immutable):", deep["rows"][0][0] is data["rows"][0][0])
print("str shared (immutable) :", deep["name"] is data["name"])
data["rows"][0].append(99)
print("original:", data)
print("deep    :", deep)
