# checks: any/all on empty and mixed iterables with short-circuit, sum with start, abs on int/float/complex-free values
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, -5, 2]))
def check(v):
    print("  checking", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5] * 10), sum([], 5))
print(sum([[1], [2, 3]], []), sum(range(1, 101)), sum([True, True, False]))
print(abs(-7), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(True))
temps = [-3.5, 12.0, -8.25, 4.0]
print(max(temps, key=abs), sum(abs(t) for t in temps) / len(temps))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
