# checks: sorted with key/reverse, stability of sort, list.sort in place returns None, multi-key sorting
people = [("bo", 25), ("al", 30), ("cy", 25), ("di", 22), ("ed", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["pear", "Fig", "apple", "date", "Banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.casefold))
print(sorted("hello"), sorted({3: "c", 1: "a", 2: "b"}), sorted((5, 2, 8), reverse=True))
nums = [3, 1, 2]
print(nums.sort(), nums)
nums.sort(reverse=True)
print(nums)
print(sorted([-5, 3, -1, 4], key=abs), sorted([[2, 1], [1, 2], [1]]))
mixed = [3, "a"]
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError:", e)
print(sorted([0.5, -1, 2, True, False]))
