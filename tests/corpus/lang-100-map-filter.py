# checks: map with one or several iterables, filter with function and None, map/filter laziness, vs comprehensions
nums = [1, -2, 3, -4, 5]
print(list(map(abs, nums)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [10, 20])))
print(list(filter(lambda n: n > 0, nums)))
print(list(filter(None, [0, "", None, "a", [], [0], 7])))
print(list(map(int, "1 2 3".split())), sum(map(len, ["ab", "cde"])))
words = ["Hello", "world", "PYTHON"]
print(list(map(str.lower, words)), list(filter(str.isupper, words)))
print(list(map(str, range(3))), "".join(map(str, [1, 2, 3])))
evens_squared = list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, range(10))))
print(evens_squared == [n * n for n in range(10) if n % 2 == 0], evens_squared)
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("map created")
print(list(m))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
