# checks: after an object is freed, CPython may give its memory (and so its id) to the next object of the same size
a = [1, 2, 3]
old_id = id(a)
del a
b = [4, 5, 6]
print("same id as the freed list:", id(b) == old_id)
print("two temporaries:", id(object()) == id(object()))
