# checks: __del__ order for nested objects: outer first, then the objects it owned
class Part:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __del__(self):
        print("del", self.name)

tree = Part("root", [Part("left", [Part("left.leaf")]), Part("right")])
print("-- dropping tree")
tree = None
print("-- a list of owners")
owners = [Part("owner1", [Part("owned1")]), Part("owner2", [Part("owned2")])]
owners = []
print("-- done")
