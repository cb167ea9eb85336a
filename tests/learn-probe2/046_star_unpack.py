a, *b = [1, 2, 3, 4]
print(a, b)
*start, last = "hello"
print(start, last)
first, *middle, end = range(6)
print(first, middle, end)
x, *y = [1]
print(x, y)
head, *_ = (9, 8, 7)
print(head)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
print(*[1, 2, 3], sep="-")
combined = [*"ab", *range(3), *{"k": 1}]
print(combined)
