nums = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(nums[2:5])
print(nums[:3])
print(nums[7:])
print(nums[-3:])
print(nums[:-3])
print(nums[::2])
print(nums[1::3])
print(nums[100:])
print(nums[-100:2])
word = "Python"
print(word[1:4], word[-1], word[:100])
