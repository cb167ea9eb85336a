stats = {"calls": 0}
history = []

def tracked(func):
    def wrapper(*args):
        stats["calls"] += 1
        history.append((func.__name__, args))
        return func(*args)
    return wrapper

@tracked
def add(a, b):
    return a + b

@tracked
def neg(a):
    return -a

print(add(1, 2), neg(5), add(neg(1), 3))
print(stats, history)
print(add.__name__, add.__closure__ is not None)
