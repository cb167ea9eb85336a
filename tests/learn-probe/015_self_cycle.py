import gc
lst = []
lst.append(lst)
print(lst)
print(len(lst))
del lst
print("unreachable:", gc.collect())
