# checks: arithmetic results come from the small int cache only in -5..256
results = []
for v in [250, 254, 255, 256, 257, 258]:
    one = v + int("0")
    two = v + int("0")
    results.append((v, one is two))
print(results)
neg = [(v, (v - int("0")) is (v - int("0"))) for v in [-7, -6, -5, -4]]
print(neg)
x = 100
y = 50 * 2
print("50 * 2 is 100:", x is y)
two = 2
print("len('ab') is 2:", len("ab") is two)
