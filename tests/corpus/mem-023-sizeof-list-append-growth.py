# checks: list over-allocation on append (list_resize growth pattern)
import sys

lst = []
prev = sys.getsizeof(lst)
print(f"len= 0 size={prev}")
for i in range(1, 21):
    lst.append(i)
    size = sys.getsizeof(lst)
    mark = "  <- resized" if size != prev else ""
    print(f"len={i:2d} size={size}{mark}")
    prev = size
