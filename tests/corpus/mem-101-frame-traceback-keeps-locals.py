# checks: a caught exception's traceback keeps the failing frame's locals alive until `except` ends
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def fail():
    local = Loud("local of fail()")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("in except: traceback is", type(e.__traceback__).__name__)
    print("frame local still reachable:", e.__traceback__.tb_next.tb_frame.f_locals["local"].name)
print("after except (e was deleted implicitly)")
print("'e' defined:", "e" in dir())
