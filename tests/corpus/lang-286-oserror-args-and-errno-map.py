# OSError(errno, strerror[, filename[, winerror[, filename2]]]): members, the args it keeps, the errno → subclass map,
# __init__ after __new__, a subclass that overrides __init__ (Objects/exceptions.c: OSError_new, oserror_init, OSError_str)
import sys
class MyErr(OSError):
    def __init__(self, msg):
        self.msg = msg
m = MyErr("x")
print(type(m).__name__, m.args, m.errno, m.msg, str(m))
class MyErr2(OSError):
    def __init__(self, *a):
        super().__init__(*a)
m2 = MyErr2(2, "nf", "a.txt")
print(type(m2).__name__, m2.args, m2.errno, m2.strerror, m2.filename, str(m2))
class Plain(OSError):
    pass
p = Plain(2, "nf", "b.txt")
print(type(p).__name__, p.args, str(p))
e = OSError(2, "x", None)
print(type(e).__name__, e.args, e.filename, str(e))
e = OSError(1, "perm", "src", None, "dst")
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError(99, "odd")
print(type(e).__name__, e.args, str(e))
e.errno = 5
e.strerror = "changed"
print(str(e), e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno, str(e))
e = OSError("a", "b")
print(type(e).__name__, e.errno, e.strerror, str(e))
e = FileNotFoundError()
print(e.args, e.errno, str(e))
s = "message text"
e = OSError(13, s)
print(type(e).__name__, sys.getrefcount(s), e.strerror is s)
del e
print(sys.getrefcount(s))
e = OSError(2, "q", "zz")
e.__init__(3, "r")
print(e.args, e.errno, e.strerror, str(e))
print(isinstance(OSError(32, 'p'), ConnectionError), TimeoutError.__mro__[1].__name__)
try:
    raise OSError(17, "exists", "dir")
except FileExistsError as x:
    print("caught", x)
print(IOError is OSError, EnvironmentError is OSError)
