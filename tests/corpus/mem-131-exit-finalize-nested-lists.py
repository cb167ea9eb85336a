# checks: at interpreter exit a __del__ object two lists deep is finalized after its shallower neighbours
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

shallow = [V("s1"), V("s2")]
nested = [[V("n0")], [V("n1"), [V("n2"), [V("n3")]]]]
print("end")
