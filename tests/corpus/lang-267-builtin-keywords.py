# checks: keyword arguments to builtins: "takes no keyword arguments" for positional-only ones, each version's unknown-keyword message (3.14 with "Did you mean"), and keywords that name the right parameters still work
words = "the quick brown fox".split(maxsplit=2)
print(words)
print(round(3.14159, ndigits=2), int("ff", base=16))
print("a-b-c".replace("-", "+"))
tries = [
    lambda: abs(x=-1),
    lambda: len(obj=[]),
    lambda: "hello".ljust(width=8),
    lambda: [1, 2].append(object=3),
    lambda: round(2.5, ndigit=1),
    lambda: "a b".split(sepp=" "),
    lambda: int("7", bas=10),
    lambda: sum([1, 2], strat=10),
    lambda: enumerate("ab", strat=1),
    lambda: zip("ab", "cd", strct=True),
    lambda: "x".encode(encodng="utf-8"),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
