names = ["Ann", "Bob", "Cy"]
ages = [25, 30]
print(list(zip(names, ages)))
print(dict(zip(names, [1, 2, 3])))
for name, age, city in zip(names, ages, ["Oslo", "Rome", "Lima"]):
    print(name, age, city)
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(e)
from itertools import zip_longest
print(list(zip_longest(names, ages, fillvalue=0)))
