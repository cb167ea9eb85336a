import weakref

class MyList(list):
    pass

ml = MyList([1, 2, 3])
r = weakref.ref(ml)
print(r())
del ml
print(r())
