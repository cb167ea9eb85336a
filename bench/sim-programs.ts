// The loop-heavy programs the simulator is measured on against native python3 (issue 7):
// bench/run.ts and bench/ab-sim.ts.
export const PROGRAMS: Record<string, string> = {
  'arithmetic + list appends (10^6 iterations)': `total = 0
items = []
for i in range(1000000):
    total += i * 2 % 7
    items.append(i)
print(total, len(items))
`,
  'function calls and dict updates (3*10^5)': `def bump(d, k):
    d[k] = d.get(k, 0) + 1
counts = {}
for i in range(300000):
    bump(counts, i % 97)
print(len(counts), counts[3])
`,
  'objects and a cycle collection (10^5 nodes)': `import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
head = None
for i in range(100000):
    n = Node(i)
    n.next = head
    head = n
head = None
print(gc.collect())
`,
};
