# checks: a closure cell's cell_contents can be replaced and deleted (the old object is released at once)
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
def outer():
    r = Res(1)
    def use():
        return r.n
    return use
f = outer()
cell = f.__closure__[0]
print(f())
cell.cell_contents = Res(2)
print(f())
del cell.cell_contents
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
print("end")
