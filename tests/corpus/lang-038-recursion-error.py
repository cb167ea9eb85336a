# checks: unbounded recursion raises RecursionError, caught and printed; program keeps running afterwards
import sys
def countdown(n):
    return countdown(n + 1)
try:
    countdown(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print("message:", e)
    print("is RuntimeError?", isinstance(e, RuntimeError))
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError:
    print("dived deep:", depth > 100)
def safe_sum(n):
    return 0 if n == 0 else n + safe_sum(n - 1)
print(safe_sum(500))
print(sys.getrecursionlimit() >= 1000)
