import sys
nums_list = [x * 2 for x in range(1000)]
nums_gen = (x * 2 for x in range(1000))
print("list size:", sys.getsizeof(nums_list))
print("gen size:", sys.getsizeof(nums_gen))
print(sum(nums_gen))
print(sum(nums_list))
