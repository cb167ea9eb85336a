# checks: __del__ order when a list, a dict and a tuple of objects are deleted, and when a list is cleared
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

items = [Loud("L0"), Loud("L1"), Loud("L2")]
print("del list")
del items

table = {"a": Loud("Da"), "b": Loud("Db"), "c": Loud("Dc")}
print("del dict")
del table

tup = (Loud("T0"), Loud("T1"), Loud("T2"))
print("del tuple")
del tup

again = [Loud("C0"), Loud("C1"), Loud("C2")]
print("clear list")
again.clear()
more = [Loud("S0"), Loud("S1"), Loud("S2"), Loud("S3")]
print("slice delete")
del more[1:3]
print("reassign list")
more = None
print("end")
