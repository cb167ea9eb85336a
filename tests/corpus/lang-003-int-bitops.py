# checks: bitwise operators &, |, ^, ~, <<, >> on ints incl. negatives, bin() output
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~a, ~0, ~-1)
print(1 << 10, 1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 5)
print(bin(-5), hex(-255), oct(-8))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("flags:", flags, "write?", bool(flags & WRITE), "exec?", bool(flags & EXEC))
flags &= ~EXEC
print("after clear:", flags)
print((255).bit_count(), (-6).bit_count(), (1000).bit_length())
print(-12 & 0xFF, 12 ^ -1)
