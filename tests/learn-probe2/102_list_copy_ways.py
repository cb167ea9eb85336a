a = [1, [2, 3]]
copies = [a[:], list(a), a.copy(), [x for x in a], [*a]]
for c in copies:
    print(c == a, c is a, c[1] is a[1])
a[1].append(4)
print(copies[0])
import copy
d = copy.deepcopy(a)
a[1].append(5)
print(d, a)
