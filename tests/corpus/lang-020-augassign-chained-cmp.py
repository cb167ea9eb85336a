# checks: augmented assignment on mutable vs immutable (aliasing), chained comparisons and short-circuit
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t, tup is alias_t)
s = "ab"
s *= 3
print(s)
n = 10
n -= 3; n *= 2; n **= 2; n //= 5; n %= 7
print(n)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 0, 1 == 1 < 2)
print(3 > 2 > 1, (3 > 2) > 1, 1 < 3 != 4)
def show(v):
    print("eval", v)
    return v
print(show(1) < show(0) < show(2))
print(show(1) < show(2) < show(3))
a = b = c = []
a.append("shared")
print(a, b, c)
