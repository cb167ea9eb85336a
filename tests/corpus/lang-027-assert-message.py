# checks: assert with and without message, catching AssertionError, final failing assert (uncaught)
def average(values):
    assert len(values) > 0, "cannot average an empty list"
    return sum(values) / len(values)
print(average([1, 2, 3, 4]))
try:
    average([])
except AssertionError as e:
    print("caught:", e, "| args:", e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), repr(str(e)))
assert isinstance(3, int), "ints are ints"
print("passed the type check")
temperature = -300
assert temperature >= -273.15, f"impossible temperature: {temperature}"
print("unreachable")
