# checks: del o[k] on a type without __delitem__: "doesn't support" for an index on a sequence-like type, "does not support" otherwise (Objects/abstract.c: PyObject_DelItem)
class A: pass
class B:
    def __getitem__(self, k): return 1
for o, k in [(A(), 0), (A(), "x"), (B(), 0), ((1,2), 0), ((1,2), "x"), (5, "x"), (None, 0), ("ab", "x")]:
    try:
        del o[k]
    except TypeError as e:
        print(e)
