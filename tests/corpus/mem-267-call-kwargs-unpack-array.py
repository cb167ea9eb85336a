# checks: f(*args, **kwargs) with an empty kwargs dict takes the fast path (no argument array); a non-empty one is unpacked into a temporary array that holds every argument during the call (3.11 functions, bound methods on both versions)
import sys
data = ["payload"]
def show(item, label=None):
    return sys.getrefcount(data)
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(data))
print(forward(data, label=data))
print(forward(item=data))
class Printer:
    def show(self, item):
        return sys.getrefcount(data)
p = Printer()
options = {}
print(p.show(*[data], **options))
print(p.show(**{"item": data}))
