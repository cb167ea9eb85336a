# checks: int() with bases 2/8/16/36/0, hex/bin/oct outputs, format() binary/hex specs, underscores in literals
print(int("1010", 2), int("777", 8), int("ff", 16), int("FF", 16), int("zz", 36))
print(int("0b1010", 0), int("0o777", 0), int("0xff", 0), int("12_345", 0), int("0x_1F", 16))
print(hex(255), bin(10), oct(64), hex(0), bin(-3), hex(2 ** 64))
print(0b1111, 0o17, 0xF, 1_000_000, 0x_dead_beef)
for n in [5, 42, 255, 1000]:
    print(f"{n:>5} {n:08b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b}")
print(format(255, "b"), format(255, "#06x"), format(-10, "x"))
print(int("-0x10", 16), int("+17"), int(" 0b11 ", 0), int("10", base=3))
try:
    int("0x10")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
