# checks: vars(obj) gives the instance a real __dict__; at exit its values go in the class's attribute order, not the order this object set them
class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("drop", self.name)

class Item:
    def __init__(self, title, price):
        self.title = title
        self.price = price

book = Item(Tag("book title"), Tag("book price"))
pen = Item.__new__(Item)
pen.price = Tag("pen price")
pen.title = Tag("pen title")
print(list(vars(pen)))
print(list(vars(book)))
print("end of program")
