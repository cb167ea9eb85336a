# checks: sys.getsizeof of list copies (slice, copy(), list(), sorted()) vs the over-allocated original
import sys

grown = []
for i in range(10):
    grown.append(10 - i)
print("appended 10   :", sys.getsizeof(grown))
print("grown[:]      :", sys.getsizeof(grown[:]))
print("grown.copy()  :", sys.getsizeof(grown.copy()))
print("list(grown)   :", sys.getsizeof(list(grown)))
print("sorted(grown) :", sys.getsizeof(sorted(grown)))
print("[*grown]      :", sys.getsizeof([*grown]))
print("grown + []    :", sys.getsizeof(grown + []))
print("grown * 2     :", sys.getsizeof(grown * 2))
grown.sort()
print("after sort()  :", sys.getsizeof(grown))
grown.reverse()
print("after reverse :", sys.getsizeof(grown))
print("list(range)   :", sys.getsizeof(list(range(10))))
print("list(genexp)  :", sys.getsizeof(list(x for x in range(10))))
print("list(map)     :", sys.getsizeof(list(map(abs, range(10)))))
