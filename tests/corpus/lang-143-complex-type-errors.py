# checks: what complex numbers cannot do: floor division, modulo, ~, math functions, three-argument pow
import math
z = 1 + 2j
tries = [("z // 2", lambda: z // 2), ("z % 2", lambda: z % 2), ("divmod(z, 2)", lambda: divmod(z, 2)),
         ("~z", lambda: ~z), ("z < 1", lambda: z < 1), ("[1] * z", lambda: [1] * z), ("'a' + z", lambda: "a" + z)]
for text, f in tries:
    try:
        print(text, "->", f())
    except TypeError as e:
        print(text, "-> TypeError:", e)
for name in ["sqrt", "floor", "exp", "isnan"]:
    try:
        print(getattr(math, name)(z))
    except TypeError as e:
        print(name, "-> TypeError:", e)
try:
    print(pow(z, 2, 3))
except ValueError as e:
    print("ValueError:", e)
try:
    z.real = 5
except AttributeError as e:
    print("AttributeError:", e)
print(math.prod([z, 2]), abs(-3j), isinstance(z, complex), isinstance(2, complex))
print(type(z).__name__, z.__class__, complex.real)
