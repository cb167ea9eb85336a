# checks: objects alive at the same time have different ids; an object's id and default hash stay the same while it lives
a = [1, 2]
b = [3, 4]
print(id(a) == id(b), id(a) != id(b), a is b)
ids = {id(a), id(b)}
print(len(ids))
x = object()
print(id(x) == id(x), hash(x) == hash(x))
