import copy

original = [[1, 2], [3, 4]]
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original[0].append(99)
print(shallow)
print(deep)
print(shallow[0] is original[0], deep[0] is original[0])
print(shallow is original)
original.append([5])
print(len(shallow), len(original))
