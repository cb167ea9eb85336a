# checks: ImportError keeps its one argument as msg (a second reference) and str() gives it; name/path keywords; the exceptions' str() in a loop
import sys
m = "no module here"
e = ImportError(m)
print(sys.getrefcount(m), e.msg is m, str(e) is m, e.name, e.path)
e2 = ImportError("a", "b", name="mod", path="/p")
print(e2.msg, e2.name, e2.path, str(e2), repr(e2))
try:
    ImportError(foo=1)
except TypeError as t:
    print(t)
for T in [ValueError, AttributeError, NameError, KeyError, OSError, ImportError]:
    m = "message here"
    print(T.__name__, sys.getrefcount(m))
    e = T(m)
    print(sys.getrefcount(m))
    s = str(e)
    print(sys.getrefcount(m))
    print(T.__name__, s is m, f"{e}" is m, format(e) is m)
    print(sys.getrefcount(m))
