import sys
from collections import defaultdict, Counter
dd = defaultdict(list)
print(sys.getsizeof(dd), len(dd))
dd["a"]
print(len(dd), dd)
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(c.most_common(3), c["z"], len(c), "z" in c)
print(sum(c.values()), c.total(), list(c)[:3])
