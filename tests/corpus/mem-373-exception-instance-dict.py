# A builtin exception has a __dict__ slot (Objects/exceptions.c: BaseException's dict, tp_dictoffset): the dict is
# made on the first attribute store or the first read of __dict__ (Objects/object.c: PyObject_GenericGetDict), and
# it is not part of the exception's own size.
import sys, gc

err = ValueError("bad input")
print(sys.getsizeof(err))
err.hint = ["check", "the", "value"]
print(err.hint, sys.getsizeof(err), sys.getsizeof(err.__dict__))
print(sys.getrefcount(err.__dict__), gc.is_tracked(err.__dict__))

lookup = KeyError("k1")
d = lookup.__dict__
print(d, lookup.__dict__ is d, sys.getrefcount(d))
d["seen"] = 1
print(lookup.seen)

loop = RuntimeError("cycle")
loop.me = loop
del loop
print(gc.collect())

try:
    {}["missing"]
except KeyError as e:
    e.note = "added while handling"
    kept = e
print(kept.note, kept.args, len(kept.__dict__))
