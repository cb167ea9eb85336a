# checks: `with` releases the resource at block end, but the `as` target keeps the object alive
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        self.open = False
        print("exit", self.name)
        return False
    def __del__(self):
        print("del", self.name)

with Resource("db") as r:
    print("inside, open =", r.open)
print("after with, open =", r.open, "- object still alive")
del r
print("after del r")
with Resource("temp"):
    print("inside unnamed")
print("end")
