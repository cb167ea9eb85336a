results = []
for n in (0, 100, 256, 257, 1000):
    a = n + 0
    b = int(str(n))
    results.append((n, a is b))
for r in results:
    print(r)
