# checks: unpacking a generator takes one item at a time: `a, b = gen` stops after the third item (too many values), a short one says how many it got
def countdown(n):
    while n > 0:
        print("yielding", n)
        yield n
        n -= 1
try:
    a, b = countdown(5)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = countdown(2)
except ValueError as e:
    print("ValueError:", e)
try:
    x, *rest, y, z = countdown(2)
except ValueError as e:
    print("ValueError:", e)
first, *others = countdown(3)
print(first, others)
