import weakref

class Service:
    pass

s = Service()
weakref.finalize(s, print, "service finalizer at exit")
print("program ending")
