import sys

def show(obj):
    print("inside function:", sys.getrefcount(obj))

items = [1, 2, 3]
print("outside:", sys.getrefcount(items))
show(items)
print("outside again:", sys.getrefcount(items))
