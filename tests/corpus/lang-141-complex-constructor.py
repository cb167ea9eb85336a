# checks: complex() from numbers and strings, and the errors of a learner's mistakes
print(complex(), complex(2), complex(2.5, -1), complex(True, 3))
print(complex("1+2j"), complex(" (3-4.5j) "), complex("-j"), complex("2e3"))
print(complex(real=1, imag=2), complex(imag=-1))
for bad in ["1 + 2j", "abc", "", "2j+1"]:
    try:
        print(complex(bad))
    except ValueError as e:
        print("ValueError:", e)
for args in [(None,), ([1, 2],), ("1", 2), (1, "2")]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
z = 1 + 2j
for f in (int, float, round):
    try:
        print(f(z))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(z / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
