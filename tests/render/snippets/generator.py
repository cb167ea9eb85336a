def squares(n):
    for i in range(n):
        yield i * i

lst = [i * i for i in range(5)]
gen = squares(5)
first = next(gen)
second = next(gen)
print(lst, first, second)
