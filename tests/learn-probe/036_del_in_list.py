class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n, "freed")

items = [Item(i) for i in range(3)]
print("clearing list")
items.clear()
print("list cleared")
