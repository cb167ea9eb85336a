import copy

class Config:
    def __init__(self):
        self.options = {"x": 1}

c1 = Config()
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.options["x"] = 99
print(c2.options["x"], c3.options["x"])
print(c1 is c2, c1.options is c2.options)
