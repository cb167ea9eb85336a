nums = list(range(10))
print(nums[::-1])
print(nums[::-2])
print(nums[8:2:-1])
print(nums[2:8:-1])
print(nums[-1:-4:-1])
print(nums[:3:-1])
s = "abcdefg"
print(s[::-1], s[-2::-2], s[5:1:-2])
