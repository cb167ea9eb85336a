# checks: slicing with steps and negative indices on lists and strings, slice assignment, slice objects
letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-3:])
print(letters[::2], letters[1::2], letters[::-1], letters[-2:-6:-1])
print(letters[5:2], letters[100:], letters[-100:2])
word = "programming"
print(word[::3], word[::-2], word[-1:-4:-1], word[3:-3])
nums = list(range(10))
nums[2:5] = ["x"]
print(nums)
nums[::3] = [0, 0, 0]
print(nums)
nums[1:1] = [9, 9]
print(nums)
s = slice(1, 8, 3)
print(s, "hello world"[s], list(range(20))[s])
print(s.indices(5))
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
