print(True + True, True * 10, False - 1, sum([True, False, True]))
print(int(True), float(False), str(True), bool(-1), bool(0.0))
print(True == 1, True is 1 == 1, isinstance(True, int), type(True + 0))
flags = [x > 2 for x in [1, 2, 3, 4]]
print(flags, flags.count(True), any(flags), all(flags))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" < "c")
print(not None, not [], not [0], None or "default", 0 or "" or [], 5 and 6, 0 and 6)
