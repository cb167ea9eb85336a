stock = {"pens": 12, "paper": 0, "ink": 3, "clips": 40}
for item, n in stock.items():
    if n == 0:
        print("out of", item)
print(list(stock.keys()))
print(sum(stock.values()))
for k in sorted(stock, key=stock.get):
    print(k, stock[k])
try:
    for k in stock:
        if stock[k] == 0:
            del stock[k]
except RuntimeError as e:
    print("error:", e)
print(stock)
