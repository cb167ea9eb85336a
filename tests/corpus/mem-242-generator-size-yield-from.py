# checks: delegating with yield from gives the same values as a loop; the frame of a generator that delegates inside a loop keeps one more stack slot on 3.14 (room for the CLEANUP_THROW handler), so its size differs between versions
import sys

def inner(n):
    for i in range(n):
        yield i * i

def by_hand(n):
    for x in inner(n):
        yield x

def delegating(n):
    yield "start"
    total = yield from inner(n)
    yield "end"

def chained(*parts):
    for p in parts:
        yield from p

print(list(by_hand(3)), list(delegating(3)), list(chained([1, 2], "ab")))
for g in [inner(3), by_hand(3), delegating(3), chained([1])]:
    print(g.__name__, sys.getsizeof(g))
