import sys
x = []
y = x
box = [x]
del x
y = None
print(sys.getrefcount(box[0]))
