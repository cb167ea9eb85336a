# checks: heapq keeps its list a heap as CPython's C functions do (sift order, the list's growth and shrink) and its Python half (nsmallest, nlargest, merge) (Modules/_heapqmodule.c, Lib/heapq.py)
import heapq, sys
data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
h = []
sizes = []
for x in data:
    heapq.heappush(h, x)
    sizes.append(sys.getsizeof(h))
print(h, sizes)
out = []
while h:
    out.append(heapq.heappop(h))
    sizes.append(sys.getsizeof(h))
print(out, sizes[-10:])
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(1, data), heapq.nlargest(20, data))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nsmallest(0, words))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False, key=str.upper)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
h = list(data)
heapq.heapify(h)
print(h, heapq.heapreplace(h, 10), heapq.heappushpop(h, -1), h)
tasks = [(3, "low"), (1, "urgent"), (2, "normal")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
