class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)

def use():
    r = Resource("db")
    return len(r.name)

n = use()
keep = Resource("log")
keep = None
print(n)
