# checks: assignment expressions (:=) in while, if, and comprehensions; walrus binding leaks from comprehension
data = [4, 8, 15, 16, 23, 42]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 20:
        print("first > 20:", n)
        break
if (count := len(data)) > 5:
    print(f"long list ({count} items)")
squares = [y for x in data if (y := x * x) > 100]
print(squares, "last y:", y)
chunks = []
text = "abcdefghij"
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
print((z := 10) + z, z)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
