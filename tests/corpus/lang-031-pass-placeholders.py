# checks: pass in functions/classes/loops/except, ellipsis as placeholder, functions returning None
def todo():
    pass
def later():
    ...
class Empty:
    pass
class AlsoEmpty:
    """Only a docstring."""
print(todo(), later(), Empty.__name__, AlsoEmpty.__doc__)
for i in range(3):
    pass
print("i is", i)
try:
    int("nope")
except ValueError:
    pass
print(..., type(...).__name__, Ellipsis is ...)
e = Empty()
e.anything = 42
print(e.anything, isinstance(e, Empty))
while False:
    pass
if True:
    pass
else:
    print("never")
print("done")
