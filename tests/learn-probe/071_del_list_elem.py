nums = [10, 20, 30, 40]
del nums[1]
print(nums)
del nums[:2]
print(nums)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
