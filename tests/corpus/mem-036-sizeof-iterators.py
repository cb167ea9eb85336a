# checks: iterator objects are small and fixed-size
import sys

print("iter([])        :", sys.getsizeof(iter([])))
print("iter(big list)  :", sys.getsizeof(iter(list(range(1000)))))
print("iter(())        :", sys.getsizeof(iter(())))
print("iter('')        :", sys.getsizeof(iter("")))
print("iter({})        :", sys.getsizeof(iter({})))
print("iter(set())     :", sys.getsizeof(iter(set())))
print("reversed([])    :", sys.getsizeof(reversed([])))
print("enumerate([])   :", sys.getsizeof(enumerate([])))
print("zip([], [])     :", sys.getsizeof(zip([], [])))
print("map(abs, [])    :", sys.getsizeof(map(abs, [])))
