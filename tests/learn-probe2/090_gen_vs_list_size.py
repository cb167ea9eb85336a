import sys

def squares(n):
    for i in range(n):
        yield i * i

big_list = [i * i for i in range(10000)]
gen = squares(10000)
print(sys.getsizeof(big_list))
print(sys.getsizeof(gen) < 500)
print(sum(gen) == sum(big_list))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 9)))
print(sys.getsizeof(list(range(10))))
