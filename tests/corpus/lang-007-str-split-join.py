# checks: str.split with/without sep and maxsplit, rsplit, splitlines, join, partition
line = "alice,bob,,carol"
print(line.split(","))
print(line.split(",", 1), line.rsplit(",", 1))
print("  lots   of   space  ".split())
print("a b c".split(" "), "".split(), "".split(","))
text = "first line\nsecond line\r\nthird"
print(text.splitlines())
words = ["study", "group", "rocks"]
print(" ".join(words), "-".join(words), "".join(reversed(words)))
print(", ".join(str(n) for n in range(5)))
print("key=value=more".partition("="))
print("no-equals".partition("="), "a.b.c".rpartition("."))
csv = "name;age\nann;31\nben;27"
rows = [r.split(";") for r in csv.split("\n")]
print(rows)
for name, age in rows[1:]:
    print(f"{name} is {int(age)}")
