# checks: default argument values are evaluated once (mutable default pitfall) and the None-sentinel fix
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item("a"))
print(add_item("b"))
print(add_item("c", []))
print(add_item("d"))
print(add_item.__defaults__)
def add_item_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item_fixed("a"), add_item_fixed("b"))
counter = 10
def show(n=counter):
    return n
counter = 99
print(show(), show(1))
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(30), len(memo_fib.__defaults__[0]))
