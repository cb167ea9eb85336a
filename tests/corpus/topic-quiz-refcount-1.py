import sys
def f():
    a = []
    b = a
    c = a
    print(sys.getrefcount(a))
f()
