# checks: **kwargs builds a new dict holding references to the passed values
import sys

def f(**kwargs):
    print("  inside, refcount:", sys.getrefcount(kwargs["value"]))
    return kwargs

payload = {"deep": [1]}
print("before:", sys.getrefcount(payload))
kw = f(value=payload)
print("returned kwargs dict holds it:", sys.getrefcount(payload))
print("kwargs is a new dict each call:", f(value=payload) is not kw)
kw2 = f(**kw)
print("unpacking copies the dict:", kw2 is kw, kw2 == kw)
del kw, kw2
print("after del:", sys.getrefcount(payload))
