# checks: str.format with positional, indexed, keyword, attribute/item access, format specs, !r conversion, format_map
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{1} before {0}, {0} again".format("A", "B"))
print("{name} is {age} years".format(name="Cy", age=7))
print("{0[0]} and {0[1]}, key: {1[k]}".format(["x", "y"], {"k": "v"}))
class P:
    x, y = 3, 4
print("point at ({p.x}, {p.y})".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:.3f} {0:10.2e} {1:,d} {2:.1%}".format(3.14159, 9876543, 0.4567))
print("{!r} {!s} {!a}".format("café", "café", "café"))
print("{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=9))
row = "{:<6}{:>6}{:>8}"
print(row.format("item", "qty", "price"))
for item, q, p in [("pen", 3, 1.5), ("book", 1, 12.0)]:
    print(row.format(item, q, f"{p:.2f}"))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{{}}".format())
print(format(3.14159, ".2f"), format(42, "*>6"), format("hi", "^6"))
try:
    "{} {}".format("one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
