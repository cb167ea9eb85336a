# checks: isinstance/issubclass with tuples and builtins, type() vs isinstance, bool/int relationship, abstract-ish base
class Vehicle: pass
class Car(Vehicle): pass
class Boat(Vehicle): pass
class Amphibian(Car, Boat): pass
things = [Car(), Boat(), Amphibian(), Vehicle(), 5, "car", True, 2.0, None, [1]]
for t in things:
    kinds = []
    if isinstance(t, Vehicle): kinds.append("vehicle")
    if isinstance(t, (Car, Boat)): kinds.append("car-or-boat")
    if isinstance(t, (int, float)): kinds.append("number")
    print(type(t).__name__, kinds)
print(issubclass(Amphibian, Boat), issubclass(Car, Boat), issubclass(bool, int), issubclass(int, object))
print(type(True) is int, type(True) is bool, isinstance(True, int))
print(issubclass(Car, (Boat, Vehicle)), issubclass(Vehicle, Vehicle))
print(type(5) == int, type(Car()) is Vehicle, type(type), type(int).__name__)
try:
    isinstance(5, "int")
except TypeError as e:
    print("TypeError:", e)
