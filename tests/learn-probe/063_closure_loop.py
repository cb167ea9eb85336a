funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs2 = []
for i in range(3):
    funcs2.append(lambda i=i: i)
print([f() for f in funcs2])
