print("{} is {} years old".format("Ann", 25))
print("{0} and {1} and {0}".format("spam", "eggs"))
print("{name} likes {food}".format(name="Tom", food="pizza"))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{:.3f}".format(2 / 3))
person = {"name": "Zed", "city": "Oslo"}
print("{name} lives in {city}".format(**person))
print("{0[0]} {0[1]}".format(["a", "b"]))
