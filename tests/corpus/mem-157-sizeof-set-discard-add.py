# checks: a set that repeatedly discards and adds keeps its table; dummies trigger a resize on churn
import sys

s = set(range(8))
print("start    :", sys.getsizeof(s))
for round_no in range(5):
    for i in range(8):
        s.discard(i)
    for i in range(8):
        s.add(i + 100 * (round_no + 1))
    print("round", round_no, ":", len(s), sys.getsizeof(s))
t = set()
sizes = []
for i in range(20):
    t.add(i)
    sizes.append(sys.getsizeof(t))
print("growing  :", sorted(set(sizes)))
while t:
    t.pop()
print("popped   :", len(t), sys.getsizeof(t))
