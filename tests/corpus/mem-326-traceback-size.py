# checks: sys.getsizeof of a traceback object (fixed size); the traceback chain of a nested call and what it keeps alive
import sys

def inner():
    data = [1, 2, 3]
    raise ValueError("bad")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(sys.getsizeof(tb), tb.tb_lineno)
    n = 0
    while tb is not None:
        n += 1
        print(tb.tb_frame.f_code.co_name, sys.getsizeof(tb))
        tb = tb.tb_next
    print(n)
