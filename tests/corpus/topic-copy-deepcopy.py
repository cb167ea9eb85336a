import copy
a = [[1, 2], [3]]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(99)
print(s)
print(d)
print(s[0] is a[0], d[0] is a[0])
