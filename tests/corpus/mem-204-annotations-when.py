# checks: when annotations are evaluated — at def time in 3.11, only when asked in 3.14 (PEP 649) — and what they keep alive
import gc

def noisy(label):
    print("evaluating", label)
    return label

print("defining f")
def f(x: noisy("param"), y: int = 0) -> noisy("return"):
    return x

print("defining Point")
class Point:
    x: int = 0
    y: "float" = 0.0
print("class annotations:", Point.__annotations__)

def outer():
    def inner(n: int) -> int:
        return inner
    return 1

gc.collect()
outer()
print("collected:", gc.collect())
