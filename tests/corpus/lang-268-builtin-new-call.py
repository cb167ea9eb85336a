# checks: calling a built-in type's __new__ directly runs that type's constructor (tp_new_wrapper), checks its first argument, and a dir() answer from a class's own __dir__ is sorted
x = int.__new__(int, "42")
print(x + 1, type(x).__name__)
class Celsius(float):
    pass
c = float.__new__(Celsius, 21.5)
print(c, type(c).__name__)
print(list.__new__(list), str.__new__(str, 5) + "!")
for bad in (str, 5):
    try:
        int.__new__(bad)
    except TypeError as e:
        print(e)

class Robot:
    def __init__(self):
        self.battery = 100
    def __dir__(self):
        return ["walk", "beep", "talk"]

print(dir(Robot()))
print(dir(Robot)[:3])
