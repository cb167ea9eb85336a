# checks: list()/tuple()/extend/[*x] of a class's own iterable: __len__ asked once and presizes exactly, a __len__ raising TypeError is passed over, __length_hint__ is used (PyObject_LengthHint); 3.14's tuple() does not ask
import sys
class Weird:
    def __len__(self): raise TypeError("no len")
    def __iter__(self): return iter([1, 2, 3])
print(list(Weird()), sys.getsizeof(list(Weird())))
class Hinted:
    def __iter__(self): return iter(range(5))
    def __length_hint__(self): return 5
print(sys.getsizeof(list(Hinted())))
class Sized:
    def __len__(self): return 3
    def __iter__(self): return iter("abc")
print(sys.getsizeof(list(Sized())))
class Loud:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  len", self.n)
        return self.n
    def __iter__(self): return iter(range(self.n))
print("list(5)"); a = list(Loud(5)); print(sys.getsizeof(a))
print("extend"); b = []; b.extend(Loud(5)); print(sys.getsizeof(b))
print("extend nonempty"); c = [0]; c.extend(Loud(5)); print(sys.getsizeof(c))
print("star"); d = [*Loud(5)]; print(sys.getsizeof(d))
print("tuple"); e = tuple(Loud(5)); print(sys.getsizeof(e))
print("sorted"); f = sorted(Loud(5)); print(sys.getsizeof(f))
print("list(0)"); g = list(Loud(0)); print(sys.getsizeof(g))
