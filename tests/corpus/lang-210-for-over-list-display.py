# checks: a list display iterated by for / a comprehension or right of `in` is compiled as a tuple (ast_opt.c: fold_iter), so no list holds its items
import sys
for w in ["p q", "r s"]:
    print(w, sys.getrefcount(w))
def f():
    for w in ["p q", "r s"]:
        print(w, sys.getrefcount(w))
f()
L = [x for x in ["t u", "v w"]]
print(sys.getrefcount(L[0]))
def has(v):
    return v in ["x y", "z z"]
print(has("x y"), has("q"), sys.getrefcount(has.__code__.co_consts[-1][0]))
a = 1.5
for v in [a, a]:
    print(sys.getrefcount(a))
for n in {8, 16, 0, 24, 32}:
    print(n, end=" ")
print()
