count = 0

def increment():
    global count
    count += 1
    return count

for _ in range(3):
    increment()
print(count)

def broken():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

broken()
print(globals()["count"])
