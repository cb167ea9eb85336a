from contextlib import contextmanager

@contextmanager
def resource(name):
    print("acquire", name)
    try:
        yield name.upper()
    finally:
        print("release", name)

with resource("lock") as r:
    print("using", r)
print("done")
