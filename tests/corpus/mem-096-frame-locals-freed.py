# checks: a function's locals are freed when it returns, in what order, before the caller continues
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def step(n):
    first = Loud(f"first-{n}")
    second = Loud(f"second-{n}")
    print("  leaving step", n)

for i in range(2):
    print("call", i)
    step(i)
    print("back from", i)
