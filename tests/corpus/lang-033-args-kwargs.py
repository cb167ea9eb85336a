# checks: *args and **kwargs collection, forwarding, mixing positional/keyword/default parameters
def report(title, *args, sep=", ", **kwargs):
    print(f"{title}: args={args} kwargs={kwargs}")
    print("  joined:", sep.join(str(a) for a in args))
report("none")
report("nums", 1, 2, 3)
report("mixed", "x", 4.5, sep=" | ", color="red", size=3)
def total(*numbers):
    return sum(numbers)
print(total(), total(5), total(*range(5)))
def wrapper(*args, **kwargs):
    print("forwarding", args, kwargs)
    return report(*args, **kwargs)
wrapper("fw", 7, 8, extra=True)
def describe(name, age=0, **extra):
    parts = [f"{k}={v!r}" for k, v in sorted(extra.items())]
    return f"{name} ({age}) " + " ".join(parts)
info = {"age": 30, "city": "Oslo", "pet": "cat"}
print(describe("Ida", **info))
print(describe(*["Ole", 5]))
try:
    describe("x", name="y")
except TypeError as e:
    print("TypeError:", e)
