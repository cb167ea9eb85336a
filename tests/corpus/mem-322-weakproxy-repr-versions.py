# checks: the repr of a live and a dead weakref.proxy (3.11 names the referent's type unquoted, a dead one as NoneType; 3.14 quotes it and says dead)
import weakref

class Cache:
    pass

c = Cache()
p = weakref.proxy(c)
print(repr(p).split(" at ")[0], "|", repr(p).split(" ")[4])
del c
text = repr(p)
print("dead" in text, "NoneType" in text)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
