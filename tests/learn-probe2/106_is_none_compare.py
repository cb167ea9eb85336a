x = None
print(x is None, x == None)

class Weird:
    def __eq__(self, other):
        return True

w = Weird()
print(w == None, w is None)
print(type(None), None.__class__.__name__)
result = print("side effect")
print(result is None)
print([] is [], [] == [])
