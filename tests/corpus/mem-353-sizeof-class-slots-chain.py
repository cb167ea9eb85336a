# checks: sys.getsizeof of classes down a __slots__ chain: no shared keys until a class without __slots__ brings a __dict__ back
import sys

class Base:
    __slots__ = ('a',)

class Mid(Base):
    __slots__ = ('b',)

class Loose(Mid):
    pass

class Again(Loose):
    __slots__ = ('c',)

for cls in (Base, Mid, Loose, Again):
    print(cls.__name__, sys.getsizeof(cls), '__dict__' in dir(cls))
obj = Loose()
obj.x = 1
print(sys.getsizeof(Loose) - sys.getsizeof(Mid))
