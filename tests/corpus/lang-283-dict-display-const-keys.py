# checks: 3.11 builds a dict display with constant keys from its values and one constant tuple of the keys (BUILD_CONST_KEY_MAP), which holds the key objects; values run in order; duplicate keys keep the last value; ** and long displays
import sys
tags = ["first name", "it's", "x y"]
print(sys.getrefcount(tags[0]), sys.getrefcount(tags[1]))
def trace(v):
    print("value", v)
    return v
d = {"first name": trace(1), "it's": trace(2), 3.5: trace(3), (1, "x y"): trace(4)}
print(d)
print(sys.getrefcount(tags[0]), sys.getrefcount(tags[1]), sys.getrefcount(tags[2]))
print({"a b": 1, "a b": 2}, len({"k1": 1, "k2": 2, "k1": 3}))
base = {"z": 0}
print({**base, "first name": 5, "it's": 6}, {"first name": 7, **base})
big = {"k%d" % i: i for i in range(3)}
print({"c0": 0, "c1": 1, "c2": 2, "c3": 3, "c4": 4, "c5": 5, "c6": 6, "c7": 7, "c8": 8, "c9": 9,
       "c10": 10, "c11": 11, "c12": 12, "c13": 13, "c14": 14, "c15": 15, "c16": 16, "c17": 17})
def gen():
    yield {"first name": 1, "it's": 2, "x y": 3}
g = gen()
print(sys.getsizeof(g), next(g))
print(sys.getsizeof({"first name": 1, "it's": 2}), sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print("first name" in d, d["it's"], sys.getrefcount(tags[0]))
