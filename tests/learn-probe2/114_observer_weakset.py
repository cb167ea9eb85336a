import weakref
import gc

class Button:
    def __init__(self):
        self.listeners = weakref.WeakSet()
    def click(self):
        for l in sorted(self.listeners, key=lambda l: l.name):
            l.notify("click")

class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, event):
        print(self.name, "got", event)

btn = Button()
a, b = Listener("a"), Listener("b")
btn.listeners.add(a)
btn.listeners.add(b)
btn.click()
del a
gc.collect()
print(len(btn.listeners))
btn.click()
