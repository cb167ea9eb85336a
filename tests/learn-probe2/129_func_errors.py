def f(a, b=2, *, c):
    return a + b + c

for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f(1, a=1, c=1)]:
    try:
        call()
    except TypeError as e:
        print(e)

def g(x):
    return x
try:
    g(1, 2)
except TypeError as e:
    print(e)
try:
    g(y=1)
except TypeError as e:
    print(e)
print(f(1, c=3))
