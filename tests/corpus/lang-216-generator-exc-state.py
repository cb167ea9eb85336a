# checks: a generator suspended inside an except block keeps its handled exception to itself (gi_exc_state): the caller's sys.exc_info() does not see it, and it comes back when the generator resumes
import sys
def worker():
    try:
        raise ValueError("inside the generator")
    except ValueError:
        yield "paused in handler"
        print("resumed, handling:", sys.exc_info()[1])
        yield "still handling"
w = worker()
print(next(w))
print("caller sees:", sys.exc_info())
try:
    raise KeyError("caller's own")
except KeyError:
    print(next(w))
    print("caller handles:", repr(sys.exc_info()[1]))
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise RuntimeError("inner")
    except RuntimeError as e:
        print("context:", repr(e.__context__))
