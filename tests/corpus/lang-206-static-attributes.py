# checks: 3.13+ class attributes __static_attributes__ (names set as self.X in the class's functions) and __firstlineno__ (first decorator line); a staticmethod object is callable on its own
class K:
    def m(self):
        def inner():
            self.deep = 1
        inner()
        self.count += 1
        self.a, self.b = 1, 2
        for self.i in range(1): pass
        del self.gone
        self.x: int = 1
        print(self.read)
        lam = lambda: setattr(self, 'no', 1)
    @staticmethod
    def s(self):
        self.stat = 1
    class Inner:
        def n(self):
            self.innerattr = 1
print(getattr(K, "__static_attributes__", None), getattr(K.Inner, "__static_attributes__", None))
@staticmethod
def deco(c): return c
@deco
class Z:
    pass
print(getattr(Z, "__firstlineno__", None), deco(5))
