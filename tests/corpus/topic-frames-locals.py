class Tmp:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def work():
    a = Tmp(1)
    b = Tmp(2)
    print("returning")
work()
print("after call")
