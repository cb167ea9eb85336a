# checks: complex literals and arithmetic with ints and floats (3.14 keeps a real operand real: signed zeros differ)
z = 3 + 4j
w = 1 - 2j
print(z, w, 2j, 1.5j, 1e3j)
print(z + w, z - w, z * w, z / w)
print(z + 1, z * 2.5, 10 / z, 1 - z)
print(z ** 2, w ** -1, 1j ** 2, (1 + 1j) ** 8)
print(z.real, z.imag, z.conjugate(), abs(z))
print(-z, +w, -1j, -(0j))
print(2 - 0j, 0.0 - 0j, 1j * 1j, (1 + 0j) * -0.0)
print(1 / (1 + 0j), -1 / (2j))
total = 0
for k in range(1, 5):
    total += k * 1j
print(total, type(total).__name__)
print(2 ** 0.5j)
print((-8) ** (1 / 3))
print((-1) ** 0.5)
