import sys
d = {}
print(sys.getsizeof(d))
d["a"] = 1
print(sys.getsizeof(d))
s = set()
print(sys.getsizeof(s))
for i in range(5):
    s.add(i)
print(sys.getsizeof(s))
