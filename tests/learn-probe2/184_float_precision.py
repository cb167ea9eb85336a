print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1.1 * 3, 2.675 * 100, 1 / 3 * 3, 100 * 1.1)
total = 0
for _ in range(10):
    total += 0.1
print(total, sum([0.1] * 10), abs(total - 1.0) < 1e-9)
import math
print(math.isclose(total, 1.0), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.sqrt(2), math.pi)
print(float("1e-7"), 1e16 + 1, 2 ** 53 + 1.0, 9007199254740993.0)
print(f"{2/3:.2f}", f"{1e-10:f}", f"{123456789.123:,.1f}", round(1234.5678, 2), round(5.5), round(6.5))
