# checks: repeated s += 'x' builds strings of size base+len; join gives the same final size
import sys

s = ""
sizes = []
for i in range(8):
    s += "ab"
    sizes.append(sys.getsizeof(s))
print("+= sizes:", sizes)
joined = "".join(["ab"] * 8)
print("join size:", sys.getsizeof(joined), "equal:", joined == s)
u = "\u20ac"
for i in range(3):
    u += "a"
print("non-ASCII stays 2 bytes/char:", sys.getsizeof(u), len(u))
print("ascii() of it:", ascii(u))
