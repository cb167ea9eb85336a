# checks: a generator's frame object (kept by a traceback) links no f_back when the generator ends, unlike a function's; the exception survives without a cycle
import sys
saved = []
def gen():
    try:
        yield 1
    except ValueError as e:
        saved.append(e)
def run():
    g = gen()
    next(g)
    try:
        g.throw(ValueError("v"))
    except StopIteration:
        pass
run()
tb = saved[0].__traceback__
while tb.tb_next:
    tb = tb.tb_next
fb = tb.tb_frame.f_back
print(tb.tb_frame.f_code.co_name, fb.f_code.co_name if fb else fb)
def gen2():
    x = yield 1
    try:
        raise ValueError("w")
    except ValueError as e:
        saved.append(e)
    return 5
def run2():
    g = gen2()
    next(g)
    try:
        g.send(None)
    except StopIteration:
        pass
run2()
tb = saved[1].__traceback__
fb = tb.tb_frame.f_back
print(tb.tb_frame.f_code.co_name, fb.f_code.co_name if fb else fb)
import gc
print(gc.collect())
