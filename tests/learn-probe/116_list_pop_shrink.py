import sys
lst = list(range(20))
print(len(lst), sys.getsizeof(lst))
while lst:
    lst.pop()
    if len(lst) % 5 == 0:
        print(len(lst), sys.getsizeof(lst))
