# checks: getsizeof of instances of list/dict subclasses, with and without __slots__
import sys

class MyList(list):
    pass

class SlotList(list):
    __slots__ = ()

class TaggedList(list):
    __slots__ = ("tag",)

class MyDict(dict):
    pass

class SlotDict(dict):
    __slots__ = ()

print("list        :", sys.getsizeof([]))
print("MyList      :", sys.getsizeof(MyList()))
print("SlotList    :", sys.getsizeof(SlotList()))
print("TaggedList  :", sys.getsizeof(TaggedList()))
print("dict        :", sys.getsizeof({}))
print("MyDict      :", sys.getsizeof(MyDict()))
print("SlotDict    :", sys.getsizeof(SlotDict()))
m = MyList([1, 2, 3])
print("MyList(3)   :", sys.getsizeof(m), sys.getsizeof([1, 2, 3]))
m.note = "x"
print("with attr   :", sys.getsizeof(m))
d = MyDict(a=1)
print("MyDict(a=1) :", sys.getsizeof(d), sys.getsizeof(dict(a=1)))
print("has __dict__:", hasattr(MyList(), "__dict__"), hasattr(SlotList(), "__dict__"))
