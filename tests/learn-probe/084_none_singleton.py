def f():
    pass

r = f()
print(r is None)
print(type(None)() is None)
print(r == None)
x = None
print(x is r)
