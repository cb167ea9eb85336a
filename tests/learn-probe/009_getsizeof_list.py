import sys
lst = []
print("empty:", sys.getsizeof(lst))
for i in range(10):
    lst.append(i)
    print(len(lst), sys.getsizeof(lst))
