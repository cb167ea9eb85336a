# checks: a closure keeps captured objects alive after the outer function returned
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def make():
    captured = Loud("captured")
    not_captured = Loud("not captured")
    def use():
        return captured.name
    return use

fn = make()
print("make() returned; calling:", fn())
print("free vars:", fn.__code__.co_freevars)
print("dropping closure")
del fn
print("end")
