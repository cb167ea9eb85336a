# checks: an unknown keyword argument to sorted/list.sort, itertools.product and a `with` over an object without __exit__ — a TypeError, worded differently in 3.11 and 3.14
import itertools
words = ["pear", "fig", "apple"]
try:
    sorted(words, cmp=len)
except TypeError as e:
    print("sorted:", e)
try:
    words.sort(cmp=len)
except TypeError as e:
    print("sort:", e)
print(sorted(words, key=len, reverse=True))
try:
    itertools.product(words, times=2)
except TypeError as e:
    print("product:", e)
class Opener:
    def __enter__(self):
        return self
for cls in (Opener, object):
    try:
        with cls():
            pass
    except TypeError as e:
        print("with:", e)
