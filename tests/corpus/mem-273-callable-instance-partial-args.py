# checks: calling an instance with __call__ packs its arguments like a class call (_PyObject_MakeTpCall's tuple and dict); a functools.partial with keywords of its own copies them and unpacks everything again; f(*args)/f(**kw) pass their own tuple and dict
import sys
import functools
item = ["payload"]
class Handler:
    def __call__(self, value, extra=None):
        return sys.getrefcount(item)
h = Handler()
print(h(item), h(item, extra=item), h(*[item]), h(**{"value": item}))
def process(value, extra=None, flag=None):
    return sys.getrefcount(item)
with_kw = functools.partial(process, extra=item)
print(with_kw(item), with_kw(value=item), with_kw(*[item]), with_kw(**{"value": item}))
plain = functools.partial(process, item)
print(plain(), plain(extra=item))
def relay(**options):
    return h(**options)
print(relay(value=item))
