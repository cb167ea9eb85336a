# checks: getsizeof of a closure cell and of a bound method object
import sys

def outer():
    value = [1, 2, 3]
    def inner():
        return value
    return inner

fn = outer()
cell = fn.__closure__[0]
print("cell          :", sys.getsizeof(cell))
print("cell contents :", sys.getsizeof(cell.cell_contents))

class K:
    def meth(self):
        return 1

k = K()
bm = k.meth
print("bound method  :", sys.getsizeof(bm))
print("list.append bm:", sys.getsizeof([].append))
