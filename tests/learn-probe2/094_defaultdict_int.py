from collections import defaultdict

text = "the quick the lazy the end"
freq = defaultdict(int)
for w in text.split():
    freq[w] += 1
print(freq)
print(freq.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(None)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
