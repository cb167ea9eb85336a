# checks: f(*args) on 3.14 releases the argument tuple before the function body runs (_PyEvalFramePushAndInit_Ex); 3.11 keeps it until the call returns
import sys
item = ["payload"]
def show(*args):
    return sys.getrefcount(item)
def pair(a, b):
    return sys.getrefcount(item)
batch = [item, item]
print(sys.getrefcount(item))
print(show(*batch))
print(pair(*batch))
packed = (item, item)
def count_packed(*args):
    return sys.getrefcount(packed)
print(count_packed(*packed))
opts = {"a": item, "b": item}
print(pair(**opts))
def gen(*args):
    yield sys.getrefcount(item)
print(next(gen(*batch)))
