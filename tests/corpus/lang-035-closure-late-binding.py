# checks: closures capture variables not values (late binding in loops) and the default-arg fix
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
def make_multipliers():
    return [lambda x: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(n) for n in range(1, 4)]
print([a(10) for a in adders])
x = "global"
def reader():
    return x
x = "changed later"
print(reader())
