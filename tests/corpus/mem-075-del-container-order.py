# checks: order of __del__ calls when a list, tuple and dict holding objects are freed
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [Item("L0"), Item("L1"), Item("L2")]
print("-- del list")
del lst
tup = (Item("T0"), Item("T1"), Item("T2"))
print("-- del tuple")
del tup
d = {"k0": Item("D0"), "k1": Item("D1"), "k2": Item("D2")}
print("-- del dict")
del d
print("-- clear list")
lst2 = [Item("C0"), Item("C1"), Item("C2")]
lst2.clear()
print("-- done")
