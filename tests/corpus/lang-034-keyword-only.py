# checks: keyword-only params after * and positional-only params before /, errors when misused (uncaught)
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"
print(connect("example.org"))
print(connect("example.org", 8080, timeout=1))
print(connect(port=22, host="h", retries=0))
def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))
print(clamp(15), clamp(-3, low=-1), clamp(5, 1, 4))
try:
    clamp(value=3)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)
def only_kw(*, a, b=2):
    return a + b
print(only_kw(a=1), only_kw(b=5, a=5))
print(only_kw(1))
