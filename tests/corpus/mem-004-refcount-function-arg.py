# checks: refcount of an object seen from inside a function it was passed to
import sys

def inspect(obj):
    print("inside f   :", sys.getrefcount(obj))
    inner = obj
    print("inner alias:", sys.getrefcount(obj))
    return None

def nested(obj):
    inspect(obj)

payload = {"x": [1, 2]}
print("module     :", sys.getrefcount(payload))
inspect(payload)
nested(payload)
print("back       :", sys.getrefcount(payload))
