s = {3, 1, 2}
s.update([4, 5], {6})
print(s)
s.difference_update({1, 2})
print(s)
s.intersection_update(range(5))
print(s)
s.symmetric_difference_update({4, 9})
print(s)
print(s.union([1]), s.intersection([3, 9]), s.difference([3]), s.symmetric_difference({3}))
print(s.issubset(range(10)), s.issuperset({3}), s.copy())
t = set()
print(t, len(t), type({}), type(set()))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
