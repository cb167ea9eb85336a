import copy

shared = [1, 2]
data = {"a": shared, "b": shared}
clone = copy.deepcopy(data)
print(clone["a"] is clone["b"])
print(clone["a"] is shared)
clone["a"].append(3)
print(clone["b"], shared)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2)
print(copy.copy(t2) is t2)
