# A class's __format__ receives the spec object itself (Objects/abstract.c: PyObject_Format): the f-string's spec
# constant, or format()'s argument — held by the code's constants, the parser's arena (a literal), the caller's
# stack and the method's frame; with no spec, the interpreter's empty str.
import sys

class Money:
    def __format__(self, spec):
        print(repr(spec), sys.getrefcount(spec))
        return "$5"

m = Money()
a = f"{m:>8}"
b = f"{m:>8}"
c = format(m, "long form")
layout = "wide view"
d = format(m, layout)
e = f"{m:{layout}}"
print(a, b, c, d, e)
