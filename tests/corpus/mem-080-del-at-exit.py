# checks: objects still alive at interpreter exit get their __del__ called at shutdown
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("shutdown __del__", self.name)

first = Noisy("first global")
second = Noisy("second global")
holder = [Noisy("in list")]
print("end of script")
