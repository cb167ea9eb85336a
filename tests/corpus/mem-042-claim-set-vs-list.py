# checks: seed post claim "sets are more memory-efficient than lists" measured with getsizeof
import sys

for n in [0, 3, 10, 100, 1000, 10000]:
    nums = list(range(n))
    as_list = sys.getsizeof(nums)
    as_set = sys.getsizeof(set(nums))
    as_tuple = sys.getsizeof(tuple(nums))
    winner = "list" if as_list < as_set else "set"
    print(f"n={n:5d} list={as_list:6d} set={as_set:6d} tuple={as_tuple:6d} smaller: {winner}")
