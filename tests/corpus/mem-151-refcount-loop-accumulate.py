# checks: sys.getrefcount inside a for loop that appends the same object, and after the loop variable is rebound
import sys

class Token:
    pass

tok = Token()
seen = []
for i in range(4):
    seen.append(tok)
    print("iteration", i, "->", sys.getrefcount(tok))
print("after loop  :", sys.getrefcount(tok))
for x in seen:
    pass
print("loop var x  :", sys.getrefcount(tok))
x = None
print("x rebound   :", sys.getrefcount(tok))
seen.clear()
print("list cleared:", sys.getrefcount(tok))
pairs = [(tok, n) for n in range(3)]
print("in 3 tuples :", sys.getrefcount(tok))
del pairs
print("tuples gone :", sys.getrefcount(tok))
