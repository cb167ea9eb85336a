# checks: set size as ints are added one by one (0..20)
import sys

s = set()
prev = sys.getsizeof(s)
print(f"len= 0 size={prev}")
for i in range(1, 21):
    s.add(i)
    size = sys.getsizeof(s)
    mark = "  <- resized" if size != prev else ""
    print(f"len={i:2d} size={size}{mark}")
    prev = size
