# checks: heapq's argument errors and the references siftdown/siftup/heappushpop hold on the items while __lt__ runs (Modules/_heapqmodule.c)
import heapq, sys
for bad in [lambda: heapq.heappush(5, 1), lambda: heapq.heappop([]), lambda: heapq.heappop((1,)), lambda: heapq.heapify({}), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], "a"), lambda: heapq.heappush([]), lambda: heapq.heappush(heap=[], item=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 5), heapq.heappushpop([9], 5))
print(heapq.heappush, type(heapq.nlargest).__name__)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v, sys.getrefcount(self), sys.getrefcount(o))
        return self.v < o.v
h2 = []
heapq.heappush(h2, K(3)); heapq.heappush(h2, K(1)); heapq.heappush(h2, K(2))
x = heapq.heappop(h2)
print(x.v, sys.getrefcount(x))
heapq.heapify(h2)
print(heapq.heappushpop(h2, K(0)).v)
