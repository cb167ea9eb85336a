# checks: CPython TypeError messages for common mistakes: str + int, len(int), calling int, bad arg counts, unhashable
def f(a, b):
    return a + b
n, key = 5, "1"
attempts = [
    ("str + int", lambda: "a" + 1),
    ("int + str", lambda: 1 + "a"),
    ("len(5)", lambda: len(5)),
    ("call int", lambda: n()),
    ("index str", lambda: "abc"[key]),
    ("list * list", lambda: [1] * [2]),
    ("too few", lambda: f(1)),
    ("too many", lambda: f(1, 2, 3)),
    ("unhashable", lambda: {[1]: 2}),
    ("compare", lambda: 3 < "3"),
    ("iterate int", lambda: list(7)),
    ("unpack None", lambda: [*None]),
    ("sum strs", lambda: sum(["a", "b"])),
    ("neg str", lambda: -"x"),
    ("bad kw", lambda: f(1, c=2)),
]
for label, action in attempts:
    try:
        action()
    except TypeError as e:
        print(f"{label:12} -> {e}")
