import sys
def f():
    a = []
    box = [a, a]
    print(sys.getrefcount(a))
f()
