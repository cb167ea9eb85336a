# checks: cycles through a closure cell and through a bound method stored on the instance need the gc
import gc
import weakref

gc.disable()
gc.collect()

def make_cycle():
    def f():
        return f
    return f

f = make_cycle()
r = weakref.ref(f)
del f
print("closure alive after del:", r() is not None)
print("collected:", gc.collect())
print("closure alive after gc :", r() is not None)

class Button:
    def __init__(self):
        self.handler = self.click
    def click(self):
        return "clicked"

btn = Button()
rb = weakref.ref(btn)
print("handler works:", btn.handler())
del btn
print("button alive after del:", rb() is not None)
print("collected:", gc.collect())
print("button alive after gc :", rb() is not None)
