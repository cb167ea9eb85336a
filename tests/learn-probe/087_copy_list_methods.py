orig = [1, 2, 3]
c1 = orig.copy()
c2 = list(orig)
c3 = orig[:]
c4 = [*orig]
for c in (c1, c2, c3, c4):
    print(c == orig, c is orig)
