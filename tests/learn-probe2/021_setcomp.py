words = ["hello", "world", "hello", "python", "world"]
unique_lengths = {len(w) for w in words}
print(unique_lengths)
first_letters = {w[0] for w in words}
print(sorted(first_letters))
nums = [1, 2, 2, 3, 3, 3, 4]
print({n % 3 for n in nums})
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a & b, a | b, a - b, a ^ b)
print(sorted({x for x in range(20) if x % 3 == 0} - {x for x in range(20) if x % 2 == 0}))
