# checks: dict comprehensions (with conditions, inverted mapping, key collisions), set comprehensions of ints
words = ["spam", "eggs", "ham", "spam", "toast", "egg"]
lengths = {w: len(w) for w in words}
print(lengths)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
print({n: n ** 2 for n in range(6) if n % 2 == 0})
print({n % 4 for n in range(20)}, {len(w) for w in words})
print({x * y for x in range(1, 4) for y in range(1, 4)})
grades = {"ann": 81, "bo": 55, "cat": 92}
print({name: ("pass" if g >= 60 else "fail") for name, g in grades.items()})
print({k: v for k, v in sorted(grades.items(), key=lambda kv: kv[1])})
print({i: chr(65 + i) for i in range(5)}, {c: ord(c) for c in "abc"})
