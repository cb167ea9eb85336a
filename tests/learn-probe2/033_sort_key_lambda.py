words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 1]
print(sorted(nums, key=abs))
nums.sort(reverse=True)
print(nums)
