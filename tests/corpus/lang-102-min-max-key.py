# checks: min/max with multiple args, iterables, key, default for empty, ties pick first, strings compare
print(max(3, 7, 2), min(3, 7, 2), max([1.5, -2, 1]), min("hello"))
print(max("apple", "banana", "cherry"), max(["apple", "Zebra"]), min([[3], [1, 9], [1, 2]]))
words = ["kiwi", "fig", "banana", "plum", "date"]
print(max(words, key=len), min(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([], default="nothing"), min((), default=None), max([5], default=0))
scores = {"ann": 81, "bob": 95, "cy": 95}
print(max(scores, key=scores.get), max(scores.values()), min(scores.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda n: n % 4), max(True, 0), min(-0.0, 0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)
