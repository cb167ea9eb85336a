# checks: a generator's frame keeps its locals alive until it is exhausted
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def gen():
    res = Loud("generator local")
    yield 1
    yield 2
    print("  generator finishing")

g = gen()
print("created (nothing runs yet)")
print("next ->", next(g))
print("next ->", next(g))
print("exhausting")
print("leftover:", list(g))
print("after exhaustion, g still exists:", g is not None)
