# checks: getsizeof of dict.copy() and dict(d) after deletions: the copy keeps the source's table kind (str-keys or general) and geometry, or is rebuilt by dict_merge
import sys
d = {'a': 1}
d[1] = 1
del d[1]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
d = {'a': 1, 'b': 2, 'c': 3}
d[0] = 0
del d['a'], d['b']
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
for n in range(2, 12):
    for k in range(1, n):
        d = {str(i): i for i in range(n)}
        for i in range(k): del d[str(i)]
        a = (sys.getsizeof(d), sys.getsizeof(d.copy()))
        d = {i: i for i in range(n)}
        for i in range(k): del d[i]
        print(n, k, a, sys.getsizeof(d), sys.getsizeof(d.copy()))
