# checks: type()/repr()/str() of builtins, conversions list/tuple/set/dict/str/int/float/bool, frozenset of ints
values = [42, 3.0, "hi", [1], (1,), {1: 2}, {1}, None, True, b"x", range(2), frozenset({3})]
for v in values:
    print(f"{type(v).__name__:>9}  str={str(v)!s:<18} repr={repr(v)}")
print(list("abc"), tuple([1, 2]), set([3, 1, 3]), dict([("a", 1), ("b", 2)]))
print(list({"x": 1, "y": 2}), tuple(range(3)), frozenset([2, 1, 2]), dict(a=1, b=[2]))
print(str(12.50), int("  7 "), float("2"), bool("False"), bool(0.0), int(True) + int(2.9))
print(list(map(type, [1, 1.0, "1"])) == [int, float, str], type(type(1)).__name__)
print(str([1, "a", None]), repr("a'b"), str("a'b"), repr(str(5)))
