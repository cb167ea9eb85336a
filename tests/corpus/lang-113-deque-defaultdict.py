# checks: collections.deque (append/appendleft/pop/popleft/rotate/maxlen/repr), defaultdict(list/int/set) repr and behaviour
from collections import deque, defaultdict
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d, d[0], d[-1], len(d))
recent = deque(maxlen=3)
for page in ["home", "about", "blog", "contact", "shop"]:
    recent.append(page)
print(recent, recent.maxlen)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
nums = defaultdict(set)
nums["even"].update({2, 4}); nums["odd"].add(3)
print(nums, nums.default_factory)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
