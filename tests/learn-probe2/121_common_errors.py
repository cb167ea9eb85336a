tests = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1, 2][5],
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: 5(),
    lambda: len(5),
    lambda: int("3.5"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(5),
    lambda: "abc".index("z"),
    lambda: None + 1,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2 ** -1 // 0,
    lambda: {1, 2}[0],
    lambda: (1).append(2),
    lambda: "x" * "y",
    lambda: [1] - [1],
    lambda: set().remove(3),
    lambda: iter(5),
    lambda: divmod(1, 0),
    lambda: int(None),
    lambda: sum(["a", "b"]),
    lambda: sorted([None, 1]),
    lambda: max([]),
    lambda: "abc".split(""),
    lambda: chr(-1),
    lambda: {}.fromkeys(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, "-", e)
