import weakref

class Photo:
    pass

def gone(ref):
    print("photo is gone")

p = Photo()
r = weakref.ref(p, gone)
print(r() is p)
del p
print(r())
