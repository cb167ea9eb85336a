# checks: f-strings and format() hold the object through the bound __format__ method while __str__/__format__ runs; str.format also holds its arguments in a tuple
import sys
class A:
    def __str__(self):
        print("str", sys.getrefcount(self))
        return "A"
class B:
    def __format__(self, spec):
        print("format", repr(spec), sys.getrefcount(self))
        return "B"
a, b = A(), B()
print(f"{a}", format(a), "{}".format(a))
print(f"{b:>3}", format(b, "x"), "{0}{0}".format(b))
