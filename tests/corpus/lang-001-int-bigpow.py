# checks: arbitrary-precision int arithmetic, big powers, digit sums, int repr of huge values
big = 2 ** 100
print(big)
print(big + 1, big - 1)
print(len(str(big)), "digits")
print(sum(int(d) for d in str(big)))
fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact)
print(fact // big, fact % big)
print(-big // 7, -big % 7)
print(10 ** 20 == 100000000000000000000)
print((2 ** 64 - 1).bit_length(), (2 ** 64).bit_length())
print(3 ** 40 * -1)
