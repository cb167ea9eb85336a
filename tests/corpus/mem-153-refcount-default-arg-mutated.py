# checks: a mutable default argument is one object shared by every call; its refcount and contents grow
import sys

def add(x, bucket=[]):
    bucket.append(x)
    return bucket

b1 = add(1)
b2 = add(2)
print("same list    :", b1 is b2)
print("contents     :", b1)
print("refcount     :", sys.getrefcount(b1))
print("in defaults  :", add.__defaults__[0] is b1)
del b1, b2
print("only default :", sys.getrefcount(add.__defaults__[0]))
obj = object()
print("obj before   :", sys.getrefcount(obj))
add(obj)
print("obj after add:", sys.getrefcount(obj))
add.__defaults__ = ([],)
print("defaults reset:", sys.getrefcount(obj))
