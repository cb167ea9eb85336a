letters = list("abcdefg")
letters[1:3] = ["X", "Y", "Z"]
print(letters)
letters[::2] = "1234"
print(letters)
del letters[::3]
print(letters)
letters[:] = []
print(letters)
nums = [1, 2, 3]
nums[1:1] = [9, 9]
print(nums)
try:
    nums[::2] = [0]
except ValueError as e:
    print(e)
