# checks: sys.getsizeof of a list after pop, remove, del slice, slice assignment and *=
import sys

a = list(range(100))
print("start      :", sys.getsizeof(a))
for _ in range(40):
    a.pop()
print("pop x40    :", len(a), sys.getsizeof(a))
for _ in range(20):
    a.pop()
print("pop x60    :", len(a), sys.getsizeof(a))
a.remove(0)
print("remove     :", len(a), sys.getsizeof(a))
del a[5:]
print("del a[5:]  :", len(a), sys.getsizeof(a))
a[1:3] = range(20)
print("slice grow :", len(a), sys.getsizeof(a))
a *= 3
print("*= 3       :", len(a), sys.getsizeof(a))
a[:] = []
print("a[:] = []  :", len(a), sys.getsizeof(a))
b = [0] * 10
b *= 0
print("[0]*10 *= 0:", sys.getsizeof(b))
c = [1, 2, 3]
c *= 1
print("*= 1       :", sys.getsizeof(c))
