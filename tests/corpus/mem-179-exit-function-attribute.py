# checks: at exit, a function attribute's __del__ value is finalized after the globals' own values (3.11 and 3.14)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D(1)
b = D(2)
l = [D(3)]
c = D(4)
d = {'k': D(5)}
def f(): pass
f.attr = D(6)
print('end')
