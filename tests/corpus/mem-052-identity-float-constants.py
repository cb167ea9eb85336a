# checks: floats are never cached: literals in one code object are shared, runtime ones are not
a = 1.5
b = 1.5
print("literal 1.5 is literal 1.5:", a is b)
c = float("1.5")
d = float("1.5")
print("float('1.5') twice        :", c is d)
print("equal                     :", c == d == a)
e = 3.0 / 2
print("constant-folded 3.0/2 is a:", e is a)
x = 3.0
f = x / 2
print("runtime x/2 is a          :", f is a)
pz, nz = 0.0, -0.0
print("0.0 is -0.0 (both literal):", pz is nz, pz == nz)
