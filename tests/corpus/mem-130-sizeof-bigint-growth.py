# checks: big-int size grows by 4 bytes per 30-bit digit (factorials and powers)
import sys
import math

for n in (10, 20, 50, 100, 500):
    f = math.factorial(n)
    digits30 = (f.bit_length() + 29) // 30
    print(f"{n:3d}! bits={f.bit_length():5d} digits={digits30:3d} size={sys.getsizeof(f)}")
x = 1
for k in range(0, 181, 30):
    print(f"2**{k:<3d} size={sys.getsizeof(x << k)}")
