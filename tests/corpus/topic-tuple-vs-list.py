import sys
t = (1, 2, 3)
l = [1, 2, 3]
print(sys.getsizeof(t), sys.getsizeof(l))
print(sys.getsizeof(()), sys.getsizeof([]))
