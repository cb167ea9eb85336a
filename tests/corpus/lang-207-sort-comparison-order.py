# checks: list.sort/sorted call __lt__ in CPython's order (count_run, binary insertion; 3.13+ count_run takes equal neighbours into a descending run), with reverse and key
log = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append(f"{self.v}<{other.v}")
        return self.v < other.v
    def __repr__(self): return str(self.v)
seed = 7
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for size in [0, 1, 2, 3, 5, 8, 13, 21, 40]:
    for spread in [3, 100]:
        items = [V(rand(spread)) for _ in range(size)]
        log.clear()
        result = sorted(items)
        first = log[:6]
        count = len(log)
        log.clear()
        items.sort(reverse=True)
        print(size, spread, result[:5], count, first, len(log), items[:3])
runs = [[3, 3, 2, 2, 1], [5, 4, 4, 3, 6, 7], [1, 2, 2, 1], [2, 2, 2], [9, 8, 7, 8, 9, 1]]
for r in runs:
    log.clear()
    print(sorted(V(x) for x in r), log)
words = ["pear", "Fig", "apple", "fig", "Pear"]
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
