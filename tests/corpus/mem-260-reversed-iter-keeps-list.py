# checks: an exhausted reversed() list iterator keeps its list on 3.14 (listreviter_next stops at index -1 without letting go) but drops it on 3.11; __length_hint__ after the list shrinks
import sys
scores = [70, 85, 90, 60]
print(sys.getrefcount(scores))
backwards = reversed(scores)
print(sys.getrefcount(scores), backwards.__length_hint__())
for s in backwards:
    print(s, end=" ")
print()
print(sys.getrefcount(scores), backwards.__length_hint__())
del backwards
print(sys.getrefcount(scores))
again = reversed(scores)
next(again)
scores.pop()
scores.pop()
print(again.__length_hint__(), list(again), sys.getrefcount(scores))
empty = []
r = reversed(empty)
print(sys.getrefcount(empty), list(r), sys.getrefcount(empty))
