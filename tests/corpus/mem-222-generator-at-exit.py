# checks: a generator suspended at a yield is closed at exit (its finally runs) and the objects in its locals go after it
class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("free", self.name)

def walk(items):
    try:
        for item in items:
            yield item.name
    finally:
        print("walk closed")

before = Item("before")
it = walk([Item("a"), Item("b"), Item("c")])
print(next(it))
after = Item("after")
print("end of program")
