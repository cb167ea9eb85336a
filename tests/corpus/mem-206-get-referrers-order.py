# checks: gc.get_referrers lists the tracked containers (and the module's dict) that refer to an object, youngest first
import gc
class T:
    pass
t = T()
box = [t]
d = {"k": t}
pair = (t, 1)
def f():
    return t
r = gc.get_referrers(t)
print(len(r))
for x in r:
    print(type(x).__name__, x is box, x is d, x is pair, x is globals())
def g(obj):
    inner = [obj]
    return [type(x).__name__ for x in gc.get_referrers(obj)]
print(g(T()))
gc.collect()
print([type(x).__name__ for x in gc.get_referrers(t)])
fresh = [t]
print([type(x).__name__ for x in gc.get_referrers(t)])
