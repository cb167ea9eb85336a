# checks: on 3.11 an f-string of an object binds its __format__ method, a counted allocation that can start a collection: a weakref read after it is refused, not answered from before
import gc
import weakref
class Node:
    def go(self):
        return 1
class Sub(Node):
    pass
D = {'a': 1}
L = [1, 2, 3]
s = Sub()
keep = []
for i in range(405):
    keep.append(Node())
a = Node()
a.me = a
r = weakref.ref(a)
del a
label = f'{s}'
print(r() is None)
