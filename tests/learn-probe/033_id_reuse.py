class A:
    pass

a = A()
first = id(a)
del a
b = A()
print("same id reused?", id(b) == first)
