# checks: "generators save memory" measured: generator size is constant, list comprehension grows
import sys

for n in [10, 1000, 100000]:
    as_list = [x * x for x in range(n)]
    as_gen = (x * x for x in range(n))
    print(f"n={n:6d} list={sys.getsizeof(as_list):7d} generator={sys.getsizeof(as_gen)}")
gen = (x * x for x in range(5))
print("sum via generator:", sum(gen))
print("exhausted generator size:", sys.getsizeof(gen))
print("same total:", sum(x * x for x in range(1000)) == sum([x * x for x in range(1000)]))
