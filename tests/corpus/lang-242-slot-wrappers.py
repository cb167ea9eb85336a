# checks: a builtin type's special methods are slot wrappers (wrapper_descriptor; bound: method-wrapper, 48 bytes), its other methods method_descriptors (bound: builtin methods, 72 bytes); list.__getitem__ and dict/set __contains__ coexist as plain methods
import sys
import weakref

print(list.__init__, list.append, list.__getitem__, list.__len__)
print(dict.__getitem__, dict.__contains__, set.__contains__, int.__add__, object.__init__)
for x in [list.__init__, list.append, [].__init__, [].append, (5).__add__, "a".__len__, {}.__contains__]:
    print(type(x).__name__, sys.getsizeof(x), repr(x).split(" at ")[0])

class Box:
    pass

print(Box.__init__, Box.__repr__)
print(repr(Box().__init__).split(" at ")[0])
print(callable(list.__init__), callable([].__init__))
print(list.__init__.__name__, [].__init__.__name__)
for x in [list.__init__, [].__init__, list.append]:
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)
