# checks: lambda expressions as sort keys, immediately-invoked lambda, lambdas with defaults and conditionals
students = [("zoe", 88, 20), ("adam", 92, 19), ("mia", 88, 22), ("li", 75, 20)]
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(max(students, key=lambda s: s[2])[0])
square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *xs: len(xs))(1, 2, 3))
sign = lambda n: "pos" if n > 0 else ("neg" if n < 0 else "zero")
print([sign(n) for n in (-2, 0, 5)])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
print(square.__name__, (lambda: 0).__name__)
