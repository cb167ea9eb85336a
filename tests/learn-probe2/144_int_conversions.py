print(int("42"), int("  42  "), int("-0"), int("1_000"), int("0x1f", 16), int("1f", 16), int("z", 36))
print(int(3.9), int(-3.9), int(True), int("010"), int("0o10", 8), int(" 7\n"))
for bad in ["4.0", "", "1,000", "0x10", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(e)
print(float("1e3"), float(" -2.5 "), float("inf"), float("-Infinity"), float("1_0.5"))
print(str(10), str(-0.0), str(1e20), str(1e21), str(1.0e-4), str(12345678901234567890.0))
print(bool("False"), bool(""), bool(0.0), bool([0]), bool(None))
