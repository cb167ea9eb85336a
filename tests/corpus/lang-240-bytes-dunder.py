# checks: bytes(obj) calls the object's __bytes__ (before treating it as an iterable of ints); a non-bytes result is a TypeError
class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return self.payload.encode()
    def __iter__(self):
        return iter([1, 2, 3])

class Bad:
    def __bytes__(self):
        return "not bytes"

print(bytes(Packet("hello")))
print(list(Packet("x")))
try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)
