# checks: next() on exhausted iterators raises StopIteration, next() default, StopIteration.value from generator return
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.args, e.value)
def gen():
    yield 1
    return "finished"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, repr(e))
print(next(iter(""), None), next(iter({}), "empty dict"))
e = iter(range(2))
for x in e:
    print("loop", x)
print(list(e), next(e, "still exhausted"))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))
