# checks: continue in for and while loops, loop variable after the loop, enumerate with continue
lines = ["# comment", "x = 1", "", "   ", "y = 2", "# another", "z = x + y"]
code = []
for lineno, line in enumerate(lines, start=1):
    if not line.strip():
        continue
    if line.startswith("#"):
        print(f"skip comment on line {lineno}")
        continue
    code.append(line)
print(code)
print("loop var after loop:", lineno, repr(line))
n = 0
odds = []
while n < 12:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    odds.append(n)
print(odds, n)
for ch in "a1b2c3":
    if ch.isdigit():
        continue
    print(ch, end="")
print()
