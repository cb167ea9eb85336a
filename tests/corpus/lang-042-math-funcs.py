# checks: math module: sqrt, floor, ceil, gcd, lcm, pi, e, inf, nan, isclose, factorial, comb, log, trunc, hypot
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7))
print(type(math.floor(2.5)).__name__, math.floor(10), math.ceil(2 ** 60 + 0.5))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6))
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.inf > 1e308, math.isinf(math.inf), math.isnan(math.nan))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.exp(0))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.fabs(-2), math.copysign(3, -0.0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10), math.degrees(math.pi))
naive = 0.0
for _ in range(10): naive += 0.1
print(math.fsum([0.1] * 10), naive)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
