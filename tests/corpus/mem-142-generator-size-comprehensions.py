# sys.getsizeof of a generator counts its frame's slots: locals + the compiler's stack depth.
# On 3.14 a comprehension inside it adds its variables to the frame (PEP 709); on 3.11 it is a separate function.
import sys
def g():
    x = [i for i in range(3)]
    yield x
def h(data):
    d = {k: [v for v in range(k)] for k in data}
    yield d
    s = {c for c in "abc"}
    yield s
def m():
    fs = [lambda: i for i in range(2)]
    yield fs
for gen in (g(), h([1, 2]), m()):
    print(sys.getsizeof(gen))
    next(gen)
    print(sys.getsizeof(gen))
def nested(data):
    yield [[v for v in range(k)] for k in data]
print(sys.getsizeof(nested([1])))
print(sys.getsizeof(x for x in range(3)))
