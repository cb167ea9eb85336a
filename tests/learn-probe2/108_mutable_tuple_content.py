t = ([1, 2], "x")
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)))
