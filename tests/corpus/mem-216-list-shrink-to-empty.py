# checks: what emptying a list keeps — pop and slice deletion clear it (list_clear), 3.14's del l[i] and a spent length hint keep a small array (gh-158592), 3.11 clears
import sys
def size(tag, l):
    print(tag, len(l), sys.getsizeof(l))
stack = [1, 2, 3]
while stack:
    stack.pop()
size("popped", stack)
queue = [1, 2, 3]
del queue[-1]; del queue[-1]; del queue[-1]
size("del [-1]", queue)
names = ["a"]
names.remove("a")
size("removed", names)
window = [1, 2, 3, 4]
del window[:]
size("del [:]", window)
evens = [x for x in [1, 3, 5] if x % 2 == 0]
size("comprehension", evens)
found = list(filter(None, [0, "", None]))
size("filter", found)
nothing = list(x for x in [])
size("empty generator", nothing)
big = list(range(40))
del big[1:]
size("del [1:]", big)
del big[0]
size("del [0]", big)
