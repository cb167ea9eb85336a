# checks: user context manager class managing a resource, __enter__ return value, cleanup order with nesting
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"acquire {self.name} (open: {Resource.opened})")
        return self.name.upper()
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print(f"release {self.name} (open: {Resource.opened}) exc={exc[0]}")
with Resource("db") as handle:
    print("using", handle)
    with Resource("cache") as c2, Resource("log") as c3:
        print("using", c2, "and", c3)
    print("back to", handle)
print("all released:", Resource.opened)
def work():
    with Resource("file"):
        return "returned from inside with"
print(work())
