class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}°F"
        return f"{self.c:.1f}°C"
    def __str__(self):
        return format(self, "")

t = Temp(21.5)
print(t, f"{t}", f"{t:f}", "{:f}".format(t), format(t, "f"))
print([str(t)], repr(t).startswith("<__main__.Temp"))
