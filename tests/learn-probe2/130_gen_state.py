import inspect
def gen():
    print("start")
    x = yield 1
    print("got", x)
    yield 2

g = gen()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send("hi"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(inspect.getgeneratorstate(g))
try:
    gen().send("x")
except TypeError as e:
    print(e)
