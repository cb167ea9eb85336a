# checks: list append/extend/insert/pop/remove/index/count/sort/reverse/copy, aliasing vs copying
nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(1), nums.count(3))
nums.sort()
print(nums)
nums.reverse()
print(nums)
alias = nums
copy = nums.copy()
alias.append(100)
print(nums, copy, alias is nums, copy == nums)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
better = [[0] * 3 for _ in range(2)]
better[0][0] = 1
print(better)
print([1, 2] + [3], [0] * 4, [1, 2, 3] < [1, 3], [] == list())
nums.clear()
print(nums, alias)
