d = {"b": 1, "a": 2, "c": 3}
del d["b"]
d["b"] = 4
print(d, list(d))
d.pop("a")
d["a"] = 5
print(d)
import sys
e = {}
s0 = sys.getsizeof(e)
for i in range(6):
    e[i] = i
print(s0, sys.getsizeof(e))
for i in range(6):
    del e[i]
print(e, sys.getsizeof(e))
e.clear()
print(sys.getsizeof(e))
