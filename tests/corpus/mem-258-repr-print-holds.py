# checks: references held while __repr__ runs: dict_repr holds key and value, 3.14's list_repr the item, set_repr copies its keys into a list, 3.11's print keeps its arguments in a tuple
import sys
class R:
    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "R"
r = R()
print(r)
print([r])
print((r,))
print({r: r})
print({r})
print(repr(r), str([r]))
