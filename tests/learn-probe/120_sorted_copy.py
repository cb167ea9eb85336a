nums = [3, 1, 2]
s = sorted(nums)
print(nums, s, s is nums)
r = nums.sort()
print(r, nums)
rev = reversed(nums)
print(type(rev).__name__, list(rev))
