# checks: weakref.ref(obj.method) dies at once (the bound method is a temporary); weakref.WeakMethod keeps working until the object goes, then calls its callback
import weakref

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return "clicked " + self.label

def on_gone(wm):
    print("callback: WeakMethod dead?", wm() is None)

b = Button("ok")
plain = weakref.ref(b.click)
print("plain ref to b.click:", plain())
wm = weakref.WeakMethod(b.click, on_gone)
print("WeakMethod call:", wm()())
print("is a ref:", isinstance(wm, weakref.ref), "weakrefs to b:", weakref.getweakrefcount(b))
print("equal to another:", wm == weakref.WeakMethod(b.click))
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print("TypeError:", e)
del b
print("after del b:", wm())
