t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
u = t
print(u is t)
