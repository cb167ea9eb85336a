# checks: a name a class body binds stays the class's own, while a nested function or comprehension sees the enclosing function's variable of that name
def h():
    z = 'hz'
    class L:
        z = 'Lz'
        r = [z for _ in range(1)]
        def m(self): return z
        print(z)
    return L.r, L().m()
print(h())
def h2():
    z = 'hz'
    class L:
        z = 'Lz'
        g = list(z for _ in range(1))
    return L.g
print(h2())
def h3():
    z = "hz"
    class L:
        z = "Lz"
        def m(self): return z
    return z, L.z, L().m()
print(h3())
