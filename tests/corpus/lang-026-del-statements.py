# checks: del on names, list items, slices, dict keys, attributes; using a deleted name (uncaught NameError)
nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
del nums[::2]
print(nums)
del nums[1:3]
print(nums)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Box:
    pass
box = Box()
box.label = "toys"
box.size = 3
print(vars(box))
del box.label
print(vars(box), hasattr(box, "label"))
a, b = 1, 2
del a, b
x = "temporary"
print(x)
del x
print(x)
