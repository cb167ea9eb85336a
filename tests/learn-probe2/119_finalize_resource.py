import weakref

class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, print, "removing", name)
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive

f1 = TempFile("a.tmp")
f2 = TempFile("b.tmp")
f1.close()
print(f1.closed, f2.closed)
f1.close()
del f2
print("done")
