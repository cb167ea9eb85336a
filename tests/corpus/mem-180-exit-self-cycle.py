# checks: at exit, an object kept only by a self-cycle is finalized by the last collection, after the globals (3.14), or with its holder's attributes (3.11)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class E:
    pass
x = D('x')
e = E(); e.self = e; e.d = D('cyc')
y = D('y')
print('end')
