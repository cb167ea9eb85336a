defaults = {"color": "red", "size": "M", "qty": 1}
order = {"size": "L", "qty": 3}
merged = {**defaults, **order}
print(merged)
print(defaults | order)
d = dict(defaults)
d.update(order, gift=True)
print(d)
d |= {"color": "blue"}
print(d)
print(defaults)
print(dict.fromkeys(["a", "b"], 0))
