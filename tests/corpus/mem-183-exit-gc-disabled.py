# checks: with gc.disable() the exit collection finds __main__'s objects in the order they were made (both versions)
import gc
gc.disable()

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

first = V("first")
pair = [V("p1"), V("p2")]
made = [V(i) for i in range(3)]
table = {"t": (V("t1"), [V("t2")])}
last = V("last")
print("end")
