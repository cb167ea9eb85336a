# checks: inside a function's except block the name bound by `as` is loaded with a strong reference on 3.14 too (handler blocks are not reached by optimize_load_fast); generator.throw hands its one reference to the handler
import sys
saved = ValueError("kept")
def check():
    try:
        raise saved
    except ValueError as e:
        print("handler:", sys.getrefcount(e))
    try:
        raise KeyError("fresh")
    except KeyError as k:
        print("fresh:", sys.getrefcount(k))
check()
def listener():
    while True:
        try:
            yield
        except ValueError as e:
            print("thrown in:", sys.getrefcount(e))
g = listener()
next(g)
g.throw(saved)
g.throw(ValueError("new one"))
g.throw(ValueError)
print("after:", sys.getrefcount(saved))
