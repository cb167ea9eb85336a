import weakref

class Sensor:
    def __init__(self):
        self.callbacks = []
    def subscribe(self, method):
        self.callbacks.append(weakref.WeakMethod(method))
    def fire(self, value):
        for ref in self.callbacks:
            m = ref()
            if m is None:
                print("dead subscriber")
            else:
                m(value)

class Display:
    def show(self, v):
        print("display", v)

s = Sensor()
d = Display()
s.subscribe(d.show)
s.fire(1)
del d
s.fire(2)
