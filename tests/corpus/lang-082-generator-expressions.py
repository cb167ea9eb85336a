# checks: generator expressions: laziness, single-use, as function args, sum/any/all/min/max with genexps
nums = [3, 8, 1, 9, 4]
squares = (n * n for n in nums)
print(type(squares).__name__)
print(sum(squares), sum(squares))
print(sum(n for n in nums if n % 2), max(n % 5 for n in nums), min((n for n in []), default=-1))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
def noisy(seq):
    for x in seq:
        print("  produce", x)
        yield x
gen = (x * 10 for x in noisy([1, 2, 3]))
print("nothing produced yet")
print(next(gen))
print(list(gen))
words = ["apple", "kiwi", "banana"]
print(", ".join(w.upper() for w in words if len(w) > 4))
print(dict((w, len(w)) for w in words), tuple(c for c in "hey"))
first_long = next((w for w in words if len(w) > 5), None)
print(first_long, next((w for w in words if len(w) > 10), "none"))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
