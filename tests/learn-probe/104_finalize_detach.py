import weakref

class Temp:
    pass

def say(msg):
    print(msg)

t = Temp()
f = weakref.finalize(t, say, "finalized!")
print(f.alive)
f()
print(f.alive)
del t
print("end")
