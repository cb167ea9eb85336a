from collections import Counter

votes = ["red", "blue", "red", "green", "blue", "red"]
c = Counter(votes)
print(c)
print(c["red"], c["purple"])
print(c.most_common(2))
letters = Counter("mississippi")
print(letters.most_common())
print(sorted(letters.elements()))
print(sum(c.values()), len(c))
