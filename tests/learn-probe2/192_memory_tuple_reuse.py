import sys
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2, t1 == t2)
t3 = tuple([1, 2, 3])
print(t3 is t1, t3 == t1)
empty1 = ()
empty2 = tuple()
print(empty1 is empty2, sys.getsizeof(empty1))
single = (5,)
print(sys.getsizeof(single), sys.getsizeof((1, 2, 3, 4)))
def make():
    return (1, 2, 3)
print(make() is make(), make() is t1)
