a = {5, 3, 1, 9, 7}
print(a, sorted(a))
a.add(4)
a.discard(100)
print(a)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}))
print(set("banana"), len(set("banana")))
print({x % 5 for x in range(20)})
s = {10, 20, 30}
print(s.pop(), s)
f = frozenset([1, 2, 3])
print(f, f | {4}, hash(f) == hash(frozenset([3, 2, 1])))
print(set([1, 1.0, True]), {0, False, 0.0})
print({-1, -2, 3, 100, 64, 33})
