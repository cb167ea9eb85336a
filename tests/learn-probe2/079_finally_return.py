def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)

print(f())
g()
