import weakref
class Conn:
    def __init__(self, name):
        self.name = name

def closed(name):
    print("closed", name)

conns = [Conn(f"c{i}") for i in range(3)]
for c in conns:
    weakref.finalize(c, closed, c.name)
print("dropping middle")
del conns[1]
print("dropping all")
conns.clear()
c = None
print("done")
