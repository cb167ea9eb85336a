from itertools import accumulate
from functools import reduce
import operator

nums = [1, 2, 3, 4, 5]
print(list(accumulate(nums)))
print(list(accumulate(nums, operator.mul)))
print(list(accumulate(nums, max)))
print(reduce(lambda a, b: a * b, nums))
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(list(accumulate(nums, initial=100)))
