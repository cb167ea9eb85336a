class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        return False

with Managed() as m:
    print("inside, m is a", type(m).__name__)
print("after with")
