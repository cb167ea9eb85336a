# checks: dict size as keys are added one by one (int keys)
import sys

d = {}
prev = sys.getsizeof(d)
print(f"keys= 0 size={prev}")
for i in range(1, 21):
    d[i] = None
    size = sys.getsizeof(d)
    mark = "  <- resized" if size != prev else ""
    print(f"keys={i:2d} size={size}{mark}")
    prev = size
