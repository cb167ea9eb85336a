# checks: a closure cell keeps a reference to the captured object
import sys

def make_counter():
    history = []
    def add(x):
        history.append(x)
        return len(history)
    return add

add = make_counter()
cell = add.__closure__[0]
print(type(cell).__name__)
print("cells:", len(add.__closure__))
add(5); add(6)
h = cell.cell_contents
print("contents:", h)
print("refcount (cell + h + arg):", sys.getrefcount(h))
del add, cell
print("after dropping closure:", sys.getrefcount(h))
