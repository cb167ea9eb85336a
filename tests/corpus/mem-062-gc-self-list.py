# checks: a list that contains itself is only freed by the cycle collector
import gc

gc.disable()
gc.collect()
lst = [1, 2]
lst.append(lst)
print(lst)
print("contains itself:", lst[2] is lst)
del lst
print("collected:", gc.collect())
d = {}
d["me"] = d
print(d)
del d
print("self dict collected:", gc.collect())
