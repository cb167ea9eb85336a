# 3.14 makes a slice whose bounds are all literal constants once, at compile time (Python/codegen.c): x[1:2] loads
# slice(1, 2, None) from co_consts, so inside __getitem__ the key has the constants' reference as well as the
# stack's. 3.11 builds a new slice every time (BUILD_SLICE) and the stack holds it. x[i:] and x[::-1] (a UnaryOp
# until the CFG folds -1) are built when they run on both. Slices compare as (start, stop, step) tuples.
import sys

class Seq:
    def __getitem__(self, key):
        print(key, sys.getrefcount(key))
        return key
    def __setitem__(self, key, v):
        print("set", key, sys.getrefcount(key))
    def __delitem__(self, key):
        print("del", key, sys.getrefcount(key))

s = Seq()
i = 1
s[1:2]
s[:2]
s["a":]
s[::-1]
s[i:]
s[1:2:3]
s[1:2] = 5
del s[1:2]
a = s[1:2]
b = s[1:2]
print(a == b, a != slice(0, 2), a < slice(1, 3))
print([1, 2, 3][::-1], "abc"[1:], (4, 5, 6)[:2])
