import weakref

class Conn:
    pass

def cleanup(name):
    print("cleanup called for", name)

c = Conn()
f = weakref.finalize(c, cleanup, "db")
print("alive:", f.alive)
del c
print("alive now:", f.alive)
