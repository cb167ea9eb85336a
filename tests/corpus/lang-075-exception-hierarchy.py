# checks: catching by base class (LookupError, ArithmeticError, Exception), except tuples, except ordering, __mro__
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return float(10 ** 400)
    if kind == "type":
        return None + 1
    return "fine"
for kind in ["key", "index", "zero", "overflow", "type", "none"]:
    try:
        print(kind, "->", risky(kind))
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__, e)
    except (TypeError, AttributeError) as e:
        print(kind, "tuple branch:", e)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(FileNotFoundError, OSError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(RecursionError, RuntimeError))
