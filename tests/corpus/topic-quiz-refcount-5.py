import sys
def f():
    a = []
    b = a
    box = [a]
    del b
    print(sys.getrefcount(a))
f()
