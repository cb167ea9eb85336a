# checks: rebinding a name frees the old object right away (after the new one is created)
class Tag:
    def __init__(self, n):
        self.n = n
        print("create", n)
    def __del__(self):
        print("delete", self.n)

t = Tag(1)
t = Tag(2)
print("rebound to 2")
t = None
print("rebound to None")
x = Tag(3)
x = x
print("self-assignment keeps 3 alive")
