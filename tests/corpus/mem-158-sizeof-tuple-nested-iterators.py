# checks: getsizeof of tuples of tuples is shallow; range, enumerate, zip, map objects have fixed sizes
import sys

flat = (1, 2, 3, 4)
nested = ((1, 2), (3, 4))
deep = (((1,),),)
print("flat    :", sys.getsizeof(flat))
print("nested  :", sys.getsizeof(nested), [sys.getsizeof(t) for t in nested])
print("deep    :", sys.getsizeof(deep))
print("tuple() :", sys.getsizeof(tuple(range(10))))
print("range(10)        :", sys.getsizeof(range(10)))
print("range(10**20)    :", sys.getsizeof(range(10**20)))
print("enumerate        :", sys.getsizeof(enumerate([1, 2, 3])))
print("zip of 2         :", sys.getsizeof(zip([1], [2])))
print("zip of 3         :", sys.getsizeof(zip([1], [2], [3])))
print("map              :", sys.getsizeof(map(str, [1])))
print("reversed         :", sys.getsizeof(reversed([1, 2])))
print("iter(range)      :", sys.getsizeof(iter(range(5))))
print("iter(big range)  :", sys.getsizeof(iter(range(10**20))))
