# checks: tuple literals of constants are shared constants; tuple() of a list builds new ones
def f():
    return (1, 2, 3)

def g():
    return (1, 2, 3)

print("same function twice :", f() is f())
print("two functions       :", f() is g())
t = tuple([1, 2, 3])
print("tuple(list) is const:", t is f())
print("tuple(t) returns t  :", tuple(t) is t)
print("t[:] returns t      :", t[:] is t)
lst = [1, 2, 3]
print("list(lst) is lst    :", list(lst) is lst)
print("lst[:] is lst       :", lst[:] is lst)
