# checks: generator.close() raises GeneratorExit inside, runs finally, frees locals
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def reader():
    handle = Loud("handle")
    try:
        for i in range(10):
            yield i
    finally:
        print("  finally in generator")

r = reader()
print("first:", next(r), next(r))
print("closing")
r.close()
print("closed; next gives StopIteration:")
try:
    next(r)
except StopIteration:
    print("  StopIteration")
print("close again is a no-op:", r.close())
