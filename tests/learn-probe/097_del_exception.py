class Tracker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("tracker", self.n, "gone")

def work():
    t = Tracker(1)
    raise RuntimeError("oops")

try:
    work()
except RuntimeError as e:
    print("caught", e)
print("after try")
