data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} items)")
evens = [y for x in data if (y := x * 2) > 5]
print(evens, y)
import re
line = "total: 42"
while (i := line.find(":")) != -1:
    print(i, line[i + 1:].strip())
    break
values = []
while (v := len(values)) < 3:
    values.append(v * v)
print(values)
