# checks: range repr/len/indexing/slicing/membership/reversed, negative steps, empty ranges, range equality
r = range(10)
print(r, len(r), r[3], r[-1])
print(list(range(2, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)))
print(range(0, 20, 2)[3:6], list(range(0, 20, 2)[::-1]))
print(7 in range(1, 10, 2), 8 in range(1, 10, 2))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 1))
print(list(reversed(range(4))), sum(range(101)))
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], big.index(70))
for i in range(3, -4, -2):
    print(i, end=" ")
print()
print(range(1, 10).count(4), min(range(4, 9)), max(range(4, 9)))
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
