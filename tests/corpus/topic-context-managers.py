class Conn:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("closed")
        return False
    def __del__(self):
        print("freed")
with Conn() as c:
    print("using")
print("after with:", c is not None)
del c
print("end")
