# checks: a cycle through dicts and a list is collected
import gc

gc.disable()
gc.collect()
parent = {"name": "parent", "children": []}
child = {"name": "child", "parent": parent}
parent["children"].append(child)
del parent, child
print("collected:", gc.collect())
registry = {}
entry = {"registry": registry}
registry["entry"] = entry
del entry
print("still reachable via name:", gc.collect())
del registry
print("now unreachable:", gc.collect())
