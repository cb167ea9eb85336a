# checks: true division always returns float, int/float mixing, inf arithmetic, nan comparisons
print(10 / 5, 7 / 2, -7 / 2)
print(type(10 / 5).__name__, type(10 // 5).__name__, type(10.0 // 4).__name__)
print(1 / 7)
print(2 ** 0.5, 2 ** -1, 4 ** 0.5)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * 2)
print(nan == nan, nan != nan, inf > 10 ** 300)
print(1e308 * 10, 2.0 ** 10)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(3 * 1.5, 0.5 + 0.25, 9.99 - 0.01)
print(int(3.99), int(-3.99), float(7))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
