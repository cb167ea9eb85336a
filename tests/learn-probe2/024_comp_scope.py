x = "outer"
squares = [x * x for x in range(5)]
print(x)
print(squares)
for i in range(3):
    pass
print(i)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([f() for f in funcs2])
