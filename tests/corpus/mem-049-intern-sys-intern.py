# checks: sys.intern makes equal runtime strings the same object
import sys

s1 = "".join(["data", "_", "key", "!"])
s2 = "".join(["data", "_", "key", "!"])
print("equal          :", s1 == s2)
print("same object    :", s1 is s2)
i1 = sys.intern(s1)
i2 = sys.intern(s2)
print("after intern   :", i1 is i2)
print("i1 is s1       :", i1 is s1)
print("i2 is s2       :", i2 is s2)
lit = "data_key!"
print("literal is interned one:", lit is i1)
