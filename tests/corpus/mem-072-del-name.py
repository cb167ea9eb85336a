# checks: __del__ runs immediately when the last reference is removed by del
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

r = Resource("r1")
print("before del")
del r
print("after del")
Resource("temporary")
print("after temporary expression")
