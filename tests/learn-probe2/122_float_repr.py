vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123, 1.0, -0.0, 1e-5, 0.0001, 1e22, 2.5e-10, float("inf"), float("nan")]
for v in vals:
    print(v, repr(v), str(v), f"{v:g}", f"{v:.3}")
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(int(3.99), int(-3.99), 7 // 2, -7 // 2, 7 % -3, -7 % 3)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(10 / 4, 10 // 4, 10.0 // 4, 2 ** 0.5, 2 ** 100)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(1_000_000, 0b1010, 0o17, 0xff, int("ff", 16), int("0b101", 0))
print(hex(255), oct(8), bin(10), bin(-3))
