# checks: list, dict, int, tuple and str cannot be weakly referenced (TypeError)
import weakref

for obj in ([1, 2], {"a": 1}, int("5"), (1, 2), "text", None):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "-> ok")
    except TypeError as e:
        print(type(obj).__name__, "->", e)
for obj in (set(), frozenset(), lambda: 0, object):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "-> ok")
    except TypeError as e:
        print(type(obj).__name__, "->", e)
