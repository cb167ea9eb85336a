import weakref

class Data:
    def __init__(self, v):
        self.v = v

def gone(ref):
    print("callback: object is gone")

d = Data(5)
w = weakref.ref(d, gone)
print("value:", w().v)
d = None
print("end")
