class Temp:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("freed", self.v)

def make():
    a = Temp("a")
    b = Temp("b")
    return b

kept = make()
print("kept", kept.v)
