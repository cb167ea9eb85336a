from collections import deque

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q)
print(q.pop(), q.popleft(), q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q)
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
print(recent, recent.maxlen)
q.extendleft("ab")
print(q, len(q), q[0])
