# checks: a generator's frame holds its function (f_funcobj) until the frame is cleared: started, suspended or not, and let go when it is exhausted or closed
import sys
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print("no generator:", sys.getrefcount(countdown))
g = countdown(2)
print("created:", sys.getrefcount(countdown))
h = countdown(5)
print("two of them:", sys.getrefcount(countdown))
print(next(g), next(g))
print("suspended:", sys.getrefcount(countdown))
print(list(g))
print("exhausted:", sys.getrefcount(countdown))
h.close()
print("closed:", sys.getrefcount(countdown))
k = countdown(1)
del k
print("deleted:", sys.getrefcount(countdown))
