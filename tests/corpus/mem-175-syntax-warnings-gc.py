# checks: compile-time SyntaxWarnings ("perhaps you missed a comma?") and, on 3.14, the objects the warnings machinery leaves for the next collection
import gc
def never():
    a = (1+2)[0]
    b = -1[0]
    c = "ab"["x"]
    d = (1, 2)("x")
    e = [1][1.5]
    g = f"x"[None]
    h = (1, 2)["k"]
    i = {1}[0]
    j = None[0]
    k = (lambda: 0)[0]
    m = [1, 2][0, 1]
    n = (not 1)[0]
    o = (2*3)(1)
print(gc.collect())
print([1, 2][0], (3, 4)[1], "ab"[1])
