# checks: equal int literals in one code object are the same constant, even when > 256
a = 256
b = 256
print("a = 256; b = 256; a is b:", a is b)
c = 257
d = 257
print("c = 257; d = 257; c is d:", c is d)

def f():
    return 257

print("module 257 is function 257:", c is f())
e = 200 + 57
print("200 + 57 (constant folded) is c:", e is c)
n = 200
g = n + 57
print("runtime n + 57 is c:", g is c)
