# checks: __del__ timing when dict values are overwritten, popped without a name, popitem'd, and cleared
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

cache = {"a": Loud("a1"), "b": Loud("b1"), "c": Loud("c1"), "d": Loud("d1")}
print("overwrite a")
cache["a"] = Loud("a2")
print("pop b (result discarded)")
cache.pop("b")
print("pop c (result kept)")
kept = cache.pop("c")
print("popitem")
cache.popitem()
print("setdefault on existing key")
cache.setdefault("a", Loud("unused"))
print("update")
cache.update(a=Loud("a3"), e=Loud("e1"))
print("clear")
cache.clear()
print("drop kept")
kept = None
print("end")
