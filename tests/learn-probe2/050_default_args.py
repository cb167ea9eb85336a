def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(exp=3, base=2))

def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2))
print(power.__defaults__, append_to.__defaults__)
print(power.__name__, power.__code__.co_argcount)
