import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b)
print(b[2] is a)
print(len(b))
