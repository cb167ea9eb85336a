# checks: @property getter/setter/deleter, validation in setter raising ValueError, computed property
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("deleting temperature"); del self._celsius
    fahrenheit = property(lambda self: self._celsius * 9 / 5 + 32)
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_celsius"), type(Temperature.celsius).__name__)
