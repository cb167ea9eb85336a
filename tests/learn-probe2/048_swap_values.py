a = [1, 2]
b = "text"
print(id(a) == id(a))
a, b = b, a
print(a, b)
x = y = []
x.append(1)
print(y, x is y)
i, j = 0, 1
nums = [10, 20]
nums[i], nums[j] = nums[j], nums[i]
print(nums)
m, n = n, m = 1, 2
print(m, n)
