# checks: ZeroDivisionError messages for /, //, %, divmod, float and int operands, pow with negative exponent of 0
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("5.0 % 0", lambda: 5.0 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for label, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{label:14} {type(e).__name__}: {e}")
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div(1, 4))
print(issubclass(ZeroDivisionError, ArithmeticError))
