# checks: contextlib.suppress, nullcontext, ExitStack callbacks order, closing()
from contextlib import suppress, nullcontext, ExitStack, closing
with suppress(KeyError, IndexError):
    print("before")
    {}["x"]
    print("skipped")
print("after suppress")
with nullcontext("value") as v:
    print("nullcontext gave", v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    print("body of ExitStack")
class Conn:
    def close(self):
        print("Conn.close called")
with closing(Conn()) as c:
    print("using", type(c).__name__)
def first_int(items):
    for item in items:
        with suppress(ValueError):
            return int(item)
    return None
print(first_int(["a", "b", "42", "7"]), first_int([]))
