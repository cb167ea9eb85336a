import sys
nums_list = [x * x for x in range(1000)]
nums_gen = (x * x for x in range(1000))
print(sum(nums_list), sum(nums_gen))
print(sys.getsizeof(nums_list) > sys.getsizeof(nums_gen))
print(sum(nums_gen))
print(type(nums_gen).__name__)
r = range(1000000)
print(sys.getsizeof(r), len(r))
