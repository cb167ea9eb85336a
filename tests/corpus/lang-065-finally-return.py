# checks: finally runs on return/break/continue, return in finally overrides, exception swallowed by finally return
def f():
    try:
        return "from try"
    finally:
        print("finally in f")
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"
print(f(), g())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("cleanup", i)
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally:", n)
print(counter())
