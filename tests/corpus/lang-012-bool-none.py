# checks: bool is an int subclass, truthiness of values, and/or return operands, None comparisons
print(True + True, True * 10, False - 1, sum([True, False, True]))
print(isinstance(True, int), type(True).__name__, int(True), str(False))
values = [0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), range(0)]
for v in values:
    print(repr(v), "->", bool(v))
print(0 or "default", "set" or "default", None and 5, 3 and 5, [] or {} or 0)
result = None
print(result is None, result == None, result is not None)
def nothing():
    pass
print(nothing(), nothing() is None)
print(True == 1, True is (1 == 1), 1 == 1.0 == True, hash(True) == hash(1))
print(not None, not 0, not "x", None or False)
print(repr(None), str(None), [None, True, False])
