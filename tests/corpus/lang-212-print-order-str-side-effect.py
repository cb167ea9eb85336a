# checks: print writes each argument in turn, so output made inside a __str__ lands between the earlier arguments and the later ones
class Noisy:
    def __init__(self, name): self.name = name
    def __str__(self):
        print("(str of", self.name + ")")
        return self.name
print("first", Noisy("a"), "last")
print(Noisy("b"), Noisy("c"), sep=" | ", end=" !\n")
