class Loud:
    count = 0
    def __init__(self):
        Loud.count += 1
        self.id = Loud.count
        print("born", self.id)
    def __del__(self):
        print("died", self.id)

for _ in range(3):
    x = Loud()
print("loop done")
