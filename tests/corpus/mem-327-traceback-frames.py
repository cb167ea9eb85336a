# checks: a running frame holds its frame object; a frame object a traceback keeps takes its finished frame's locals and links f_back to the caller's frame object
import sys

def inner():
    data = [1, 2, 3]
    raise ValueError("bad")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    err = e
tb = err.__traceback__
f_mod = tb.tb_frame
f_outer = tb.tb_next.tb_frame
f_inner = tb.tb_next.tb_next.tb_frame
print(sys.getrefcount(f_mod), sys.getrefcount(f_outer), sys.getrefcount(f_inner))
print(f_inner.f_back is f_outer, f_outer.f_back is f_mod, f_mod.f_back)
print(f_inner.f_locals, f_inner.f_lineno, f_outer.f_code.co_name)
data = f_inner.f_locals["data"]
print(sys.getrefcount(data))
del tb, err, f_inner
print(sys.getrefcount(data), sys.getrefcount(f_outer))
del f_outer
print(sys.getrefcount(data), sys.getrefcount(f_mod))
