for n in [2, 4, 6]:
    if n % 2:
        print("found odd", n)
        break
else:
    print("no odd numbers")

i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)

for n in [1, 2, 3]:
    try:
        if n == 2:
            raise ValueError(n)
    except ValueError as e:
        print("caught", e)
        continue
    finally:
        print("done", n)
