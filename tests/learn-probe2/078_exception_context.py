def risky():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")

try:
    risky()
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)

try:
    try:
        [][0]
    except IndexError:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__suppress_context__, type(e.__context__).__name__)
