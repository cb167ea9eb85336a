import sys
def f():
    z = []
    print(sys.getrefcount(z))
f()
x = []
print(sys.getrefcount(x))
