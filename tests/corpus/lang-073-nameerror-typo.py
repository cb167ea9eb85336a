# checks: NameError for an undefined/misspelled name (uncaught), after caught NameError for a deleted name
total_price = 0
prices = [3.5, 2.25, 10]
for p in prices:
    total_price += p
print("total:", total_price)
try:
    print(undefined_thing)
except NameError as e:
    print("NameError:", e, "| name attr:", e.name)
def helper():
    return secret_value * 2
secret_value = 21
print(helper())
del secret_value
try:
    helper()
except NameError as e:
    print("after del:", e)
print("average:", total_prices / len(prices))
