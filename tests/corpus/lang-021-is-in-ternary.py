# checks: is vs ==, in/not in for list/str/dict/tuple, conditional expressions (nested)
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, 2 in a, 5 not in a, "ell" in "hello", "x" in {"x": 1}, 1 in {"x": 1})
print((1, 2) in [(1, 2), (3, 4)], [] in [[], 1], "" in "abc")
for n in [-5, 0, 7, 12]:
    kind = "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
    print(n, kind)
age = 17
print("adult" if age >= 18 else "minor")
values = [3, None, 0, "x"]
print([v if v is not None else "missing" for v in values])
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print(max(3, 9) if a else min(3, 9))
