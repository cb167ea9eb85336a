# checks: AttributeError and ValueError messages: int('x'), float('abc'), list.remove, str.index, chr range, NoneType attr
def report(action):
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
report(lambda: int("x"))
report(lambda: int("12.5"))
report(lambda: int("  "))
report(lambda: int("ff", 10))
report(lambda: float("abc"))
report(lambda: [1, 2].remove(3))
report(lambda: [1, 2].index(9))
report(lambda: "abc".index("z"))
report(lambda: int("9" * 5, 2))
report(lambda: chr(-1))
report(lambda: None.upper())
report(lambda: "text".append("!"))
report(lambda: (5).real.foo)
report(lambda: [].push(1))
report(lambda: (1, 2).sort())
result = [3, 1, 2].sort()
report(lambda: result.reverse())
print(int("  42\n"), int("-0"), float(" -1.5e2 "), int("1_000"))
