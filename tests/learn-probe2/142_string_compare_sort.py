names = ["bob", "Alice", "carol", "Dave", "eve", "Émile", "zoe", "Zack"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=str.casefold, reverse=True))
print(min(names), max(names))
print("apple" < "banana", "Apple" < "apple", "10" < "9", "abc" < "abcd")
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([3, 1.5, True, -2, 0.0]))
