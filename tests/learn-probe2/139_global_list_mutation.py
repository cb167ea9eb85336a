items = []
total = 0

def add(x):
    items.append(x)

def add_total(x):
    global total
    total = total + x

def rebind():
    items = ["local"]
    return items

for v in (1, 2, 3):
    add(v)
    add_total(v)
print(items, total, rebind(), items)
print("items" in globals(), "x" in globals())
