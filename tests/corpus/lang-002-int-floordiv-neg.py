# checks: floor division and modulo with negative operands, divmod, int() truncation vs //
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -5)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}   divmod = {divmod(a, b)}")
# int() truncates toward zero, // floors
print(int(-7 / 2), -7 // 2)
print(-7.5 // 2, -7.5 % 2)
print(divmod(-17, 5), divmod(17.5, -4))
x = 100
x //= 7
print(x)
x %= 3
print(x)
print((-3) ** 2, -3 ** 2)
