x = [10, 20]
y = x
del x
name = "heap"
y = None
print("done")
