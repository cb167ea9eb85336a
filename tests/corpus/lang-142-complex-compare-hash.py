# checks: complex ==, ordering errors, hash, bool and complex keys in dicts and sets
z = 2 + 0j
print(z == 2, z == 2.0, 2 == z, z != 2j, 1j == 1j, 1j == "1j")
try:
    print(1j < 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([3j, 1j]))
except TypeError as e:
    print("TypeError:", e)
print(hash(z) == hash(2), hash(1j), hash(3 - 4j), hash(0.5j))
print(bool(0j), bool(1e-300j), bool(complex(0, -0.0)))
d = {1: "int", 1.0: "float", 1 + 0j: "complex", 1j: "imag"}
print(d)
print({1j, 2j, 1j, 1 + 0j, 1})
print(sum([0.1j] * 10), sum([1, 2j, 0.5]), sum([1j, 2j], 10))
print(f"{z}", f"{3 - 4j:.2f}", f"{1j:>6}|", "%s %r" % (1 + 1j, 2j))
print(format(1.5 + 2.25j, "^16"), format(-2j, "e"))
