# checks: old-style % formatting: %d %i %s %r %5.2f %-5s %x %X %o %e %%, tuple vs single arg, dict mapping
name, age, score = "Ana", 31, 91.4567
print("Name: %s, age: %d" % (name, age))
print("Score: %5.2f|%-8.1f|%08.3f" % (score, score, score))
print("repr: %r vs str: %s" % (name, name))
print("hex %x %X %#x, octal %o %#o" % (255, 255, 255, 8, 8))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%-6s|%6s|%.2s" % ("ab", "cd", "truncate"))
print("%e %.3e %g" % (12345.678, 0.000123, 0.00001))
print("100%% sure, %d%% done" % 50)
print("single value: %s" % "only")
print("tuple as value: %s" % ((1, 2),))
print("%(user)s has %(n)d points" % {"user": "bo", "n": 7})
print("%c%c%c" % (72, 105, 33), "%s" % None, "%s %s" % (True, [1, "a"]))
print("%i %d" % (3.99, -3.99), "%.0f %.0f" % (0.5, 1.5))
try:
    print("%d apples" % "three")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s and %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
