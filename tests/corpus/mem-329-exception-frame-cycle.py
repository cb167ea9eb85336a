# checks: an exception kept in a function's local makes a cycle through its traceback's frame object (which took the finished frame's locals); gc.collect() counts per version
import gc
gc.disable()
gc.collect()
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        err = e
    return 1
f()
print(gc.collect())
def g():
    data = [1, 2]
    try:
        raise ValueError(data)
    except ValueError as e:
        err = e
    return err
x = g()
print(gc.collect())
del x
print(gc.collect())
def h():
    def inner():
        raise KeyError("k")
    try:
        inner()
    except KeyError as e:
        saved = e
h()
print(gc.collect())
