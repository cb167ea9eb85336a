# checks: 'text %s %r' % (a, b) with only %s/%r/%a units is compiled as an f-string (Python/ast_opt.c: optimize_format; 3.14 Python/ast_preprocess.c), so no tuple holds the objects while their __str__/__repr__ run; a %d or a tuple variable keeps the tuple; 3.14's `with` holds the traceback while __exit__ runs (Python/bytecodes.c: WITH_EXCEPT_START)
import sys
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        print("str", sys.getrefcount(self))
        return "%d cents" % (self.cents,)
    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "Money(%d)" % self.cents
m = Money(5)
print("%s and %r" % (m, m))
print("[%-8s|%6.2s]" % (m, m))
pair = (m, m)
print("%s / %r" % pair)
print("%s is %d" % (m, 3))
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        print("exit", kind.__name__, sys.getrefcount(tb), sys.getrefcount(exc))
        return True
with Guard():
    raise ValueError("x")
print("done")
