# checks: the for-loop variable stays bound after the loop, keeping the last item alive
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

items = [Loud("item0"), Loud("item1"), Loud("item2")]
for it in items:
    pass
print("loop done; it =", it.name)
print("clearing list")
items.clear()
print("list cleared; deleting loop variable")
del it
print("end")
