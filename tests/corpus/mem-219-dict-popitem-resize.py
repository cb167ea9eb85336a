# checks: dict sizes after pop/popitem and a new key: popitem does not give its slot back to dk_usable (dict_popitem_impl), so the next insert may resize (GROWTH_RATE per version)
import sys
d = {i: i for i in range(5)}
print(sys.getsizeof(d))
d.popitem()
d[9] = 9
print(sys.getsizeof(d))
e = {i: i for i in range(5)}
e.popitem(); e.popitem()
e[7] = 7; e[8] = 8
print(sys.getsizeof(e))
f = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
f.popitem(); f["z"] = 0
print(sys.getsizeof(f))
def mk(pops, popitem):
    d = {i: str(i) for i in range(10)}
    for i in range(pops): d.pop(i)
    if popitem: d.popitem()
    return d
for pops in (0, 1, 5, 8, 9):
    for pi in (0, 1):
        if pops + pi >= 10: continue
        d = mk(pops, pi); a = sys.getsizeof(d); d["x"] = 1; print(pops, pi, a, sys.getsizeof(d))
