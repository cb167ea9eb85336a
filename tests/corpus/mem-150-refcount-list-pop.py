# checks: sys.getrefcount of an object as it moves out of a list (pop, remove, del) and through dict.get
import sys

class Item:
    pass

box = Item()
items = [box, box, box]
print("in list three times:", sys.getrefcount(box))
got = items.pop()
print("after pop (kept)   :", sys.getrefcount(box))
items.pop()
print("after pop (dropped):", sys.getrefcount(box))
items.remove(box)
print("after remove       :", sys.getrefcount(box), len(items))
del got
print("after del got      :", sys.getrefcount(box))

table = {"k": box}
print("in a dict          :", sys.getrefcount(box))
print("via dict.get       :", sys.getrefcount(table.get("k")))
v = table.get("k")
print("bound from get     :", sys.getrefcount(box))
table.pop("k")
print("after dict.pop     :", sys.getrefcount(box))
print("get default        :", sys.getrefcount(table.get("k", box)))
