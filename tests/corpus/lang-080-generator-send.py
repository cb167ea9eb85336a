# checks: generator send() protocol: priming with next/send(None), running average coroutine, send before start error
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
print(next(avg))
for v in [10, 20, 60, 10]:
    print(f"sent {v}, average now {avg.send(v)}")
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send(None))
fresh = running_average()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)
