# checks: iter()/next() protocol on builtins, next with default, iter(callable, sentinel), iterator is its own iterator
letters = iter("abc")
print(next(letters), next(letters), next(letters), next(letters, "<end>"))
nums = [10, 20, 30]
it = iter(nums)
print(iter(it) is it, next(it))
print(list(it), list(it))
d = {"x": 1, "y": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
queue = [5, 4, 3, 0, 9]
def pop_front():
    return queue.pop(0)
print(list(iter(pop_front, 0)), queue)
r = iter(range(3))
a = list(zip(r, r))
print(a)
chunks = iter([1, 2, 3, 4, 5, 6, 7])
print(list(zip(chunks, chunks, chunks)))
data = iter([1, 2, 3])
for x in data:
    print("consumed", x, "next is", next(data, None))
