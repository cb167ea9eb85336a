a = [1, 2, 3]
b = a
b.append(4)
print("a:", a)
print("b:", b)
print("same object?", a is b)
print("id equal?", id(a) == id(b))
