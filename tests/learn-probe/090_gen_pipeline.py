def numbers():
    for i in range(10):
        yield i

def evens(it):
    for n in it:
        if n % 2 == 0:
            yield n

def squares(it):
    for n in it:
        yield n * n

print(list(squares(evens(numbers()))))
