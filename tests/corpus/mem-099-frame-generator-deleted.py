# checks: deleting an unfinished generator runs its finally and frees its locals
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def numbers():
    buf = Loud("buffer")
    try:
        yield 1
        yield 2
    finally:
        print("  finally: generator cleaned up")

g = numbers()
print("got", next(g))
print("del g")
del g
print("after del")
unstarted = numbers()
print("del unstarted generator (finally never entered)")
del unstarted
print("end")
