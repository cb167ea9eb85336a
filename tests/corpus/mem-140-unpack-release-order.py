# Tuple-unpacking assignment builds no tuple for 1-3 names: the compiler turns
# it into a SWAP and then reorders the stores, so in a function the *last*
# name is rebound first and its old object is freed first.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def swap_two():
    a, b = D(1), D(2)
    a, b = D(3), D(4)
    print("rebound")

def three():
    a, b, c = D(5), D(6), D(7)
    a, b, c = 0, 0, 0
    print("three rebound")

def four():
    a, b, c, d = D(8), D(9), D(10), D(11)
    a, b, c, d = 0, 0, 0, 0
    print("four rebound")

def exchange():
    a, b = D(12), D(13)
    a, b = b, a
    print(a.n, b.n)

swap_two()
three()
four()
exchange()
x, y = D(14), D(15)
x, y = 1, 2
print("module done")
