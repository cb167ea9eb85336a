# checks: exception raised inside except block gets __context__, exception variable cleared after except block
try:
    try:
        {}["missing"]
    except KeyError as first:
        raise ValueError("while handling the KeyError")
except ValueError as second:
    print(repr(second))
    print("context:", repr(second.__context__))
    print("cause:", second.__cause__)
err = None
try:
    int("zz")
except ValueError as e:
    err = e
print("saved:", err)
try:
    e
except NameError as ne:
    print("e was deleted:", ne)
def handler():
    try:
        raise TypeError("inner")
    except TypeError:
        return sys_info()
def sys_info():
    import sys
    return type(sys.exc_info()[1]).__name__, str(sys.exc_info()[1])
print(handler())
