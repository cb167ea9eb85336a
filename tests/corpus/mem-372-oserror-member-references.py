# An OSError keeps errno, strerror and filename as members besides its args tuple (Objects/exceptions.c:
# oserror_init): each is a counted reference, so the strerror str is held twice and the filename once more.
import sys

try:
    open("nope.txt")
except OSError as e:
    print(type(e).__name__, e.args)
    print(sys.getrefcount(e.strerror), sys.getrefcount(e.filename))
    kept = e
print(kept.filename, sys.getrefcount(kept.filename))

msg = "disk on fire"
err = OSError(28, msg, "data.bin")
print(err.args, err.filename, sys.getrefcount(msg))
err.strerror = "replaced"
print(sys.getrefcount(msg), str(err))
del err
print(sys.getrefcount(msg))

class Quiet(OSError):
    def __init__(self, text):
        self.text = text

q = Quiet(msg)
print(q.args, q.strerror, sys.getrefcount(msg))
