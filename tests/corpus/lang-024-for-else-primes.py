# checks: for/else and while/else with break, nested loops, prime search
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        primes.append(n)
print("primes:", primes)
target = 7
i = 0
while i < 5:
    if i == target:
        print("found")
        break
    i += 1
else:
    print("while finished without break, i =", i)
for x in []:
    print("never")
else:
    print("else runs on empty loop")
