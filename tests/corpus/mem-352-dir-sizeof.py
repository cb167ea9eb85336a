# checks: dir(obj) returns a new list copied from __dir__'s answer (PySequence_List: an even number of slots), while dir() without arguments is exact
import sys

class Node:
    def __init__(self, value):
        self.value = value

n = Node(1)
names = dir(n)
print(len(names), sys.getsizeof(names))
n.next = None
print(len(dir(n)), sys.getsizeof(dir(n)))
print(len(dir()), sys.getsizeof(dir()))
print(type(names), names == sorted(names))
