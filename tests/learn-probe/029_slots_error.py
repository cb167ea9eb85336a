class P:
    __slots__ = ["a"]

p = P()
p.a = 1
print(p.a)
try:
    p.b = 2
except AttributeError as e:
    print("error:", e)
