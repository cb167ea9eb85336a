# checks: sys.getsizeof of generators whose bodies have try/except, try/finally and loops (gen_sizeof: the frame's co_stacksize counts the cleanup handler's lasti, exception and COPY; 3.12+ wraps the body in a StopIteration handler)
import sys
def plain():
    yield
def two():
    yield 1
    yield 2
def guarded():
    try:
        yield 1
    except ValueError:
        yield 2
def closing():
    try:
        yield 1
    finally:
        print("finally")
def looped():
    for i in range(2):
        try:
            yield i
        except Exception:
            yield 0
def nested():
    try:
        try:
            yield 1
        finally:
            yield 2
    except Exception:
        raise
def listener():
    while True:
        try:
            x = yield
        except GeneratorExit:
            return
def never():
    return
    yield
print([sys.getsizeof(f()) for f in (plain, two, guarded, closing, looped, nested, listener, never)])
