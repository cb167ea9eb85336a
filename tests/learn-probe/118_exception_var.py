try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
    print("caught:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print(type(saved).__name__)
