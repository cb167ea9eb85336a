# checks: locals() in a function — 3.11 keeps the dict in the frame (holding the values until it returns), 3.13+ make a new one
import sys
class Loud:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(a, b):
    def g():
        return a
    c = Loud("c")
    loc = locals()
    print(list(loc), sys.getrefcount(c))
    del c
    print("after del c")
    return 1
f(Loud("a"), 2)
print("returned")
def h():
    x = Loud("x")
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
    return tb
tb = h()
print(list(tb.tb_frame.f_locals))
del tb
print("end")
