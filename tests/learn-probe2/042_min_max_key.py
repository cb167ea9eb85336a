words = ["kiwi", "banana", "fig", "cherry"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max([], default="none"))
print(max(3, 7, 1), min("hello"))
d = {"a": 5, "b": 9, "c": 2}
print(max(d, key=d.get), min(d.values()))
print(max(d.items(), key=lambda kv: kv[1]))
print(sum([0.1] * 10), round(sum([0.1] * 10), 2))
