try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))

try:
    int("ten")
except ValueError as e:
    print(e)

try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)

try:
    None.upper()
except AttributeError as e:
    print(e)
e = Exception()
print(repr(e), str(e) == "")
