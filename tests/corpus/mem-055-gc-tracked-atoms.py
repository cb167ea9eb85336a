# checks: gc.is_tracked for atomic objects vs containers
import gc

gc.disable()
print("int      :", gc.is_tracked(int("12345")))
print("float    :", gc.is_tracked(float("1.5")))
print("str      :", gc.is_tracked("".join(["a", "b"])))
print("bytes    :", gc.is_tracked(bytes(3)))
print("None     :", gc.is_tracked(None))
print("list     :", gc.is_tracked([]))
print("set      :", gc.is_tracked(set()))
print("bytearray:", gc.is_tracked(bytearray(2)))
print("object() :", gc.is_tracked(object()))
print("lambda   :", gc.is_tracked(lambda: 0))
