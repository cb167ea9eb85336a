# checks: an object resurrected in __del__ survives, and __del__ is not called a second time
import gc

gc.disable()
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "- resurrecting")
        saved.append(self)

p = Phoenix("bird")
del p
print("saved:", [s.name for s in saved])
bird = saved.pop()
print("popped, still usable:", bird.name)
del bird
print("after second del (no __del__ above)")
print("saved:", saved)
