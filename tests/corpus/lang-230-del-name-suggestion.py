# checks: del of an unbound name raises NameError with .name set and CPython's "Did you mean" suggestion (DELETE_NAME / DELETE_GLOBAL)
x = 1
try:
    del d
except NameError as e:
    print(e.name, e)
def f():
    global lenn
    del lenn
try:
    f()
except NameError as e:
    print(e.name)
del lenn
