import sys
def f():
    a = []
    b = a
    b = None
    print(sys.getrefcount(a))
f()
