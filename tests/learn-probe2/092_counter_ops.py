from collections import Counter

a = Counter(apples=3, pears=1)
b = Counter(apples=1, kiwis=2)
print(a + b)
print(a - b)
print(a & b, a | b)
a.update(["pears", "pears"])
print(a)
a.subtract({"apples": 5})
print(a)
print(+a)
print(Counter("aab") == Counter("aba"))
