class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ValueError:
            print("suppressed:", v)
            return True
        return False

with Suppress():
    raise ValueError("bad value")
print("continued")
