import sys

def make(data):
    def get():
        return len(data)
    return get

big = [0] * 100
f = make(big)
print("refs:", sys.getrefcount(big))
del big
print("still works:", f())
