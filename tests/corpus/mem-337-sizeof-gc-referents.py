# checks: gc.get_referents and gc.get_referrers append what they find to a new list one by one, so the list has list.append's spare room
import gc
import sys
a = [1, 2]
b = [3]
pair = [a, b, "label"]
refs = gc.get_referents(pair)
print(len(refs), sys.getsizeof(refs))
print(sys.getsizeof([x for x in refs]))
def referrers():
    item = [0]
    box = [item]
    other = {"k": item}
    back = gc.get_referrers(item)
    return len(back), sys.getsizeof(back)
print(referrers())
