# checks: locals are freed when a function returns; the returned object survives
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

def work():
    a = Obj("local a")
    b = Obj("local b")
    keep = Obj("returned")
    print("  returning")
    return keep

print("calling")
result = work()
print("returned:", result.name)
del result
print("end")
