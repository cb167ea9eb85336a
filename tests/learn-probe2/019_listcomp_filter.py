nums = range(1, 21)
evens = [n for n in nums if n % 2 == 0]
squares = [n * n for n in nums if n % 3 == 0]
print(evens)
print(squares)
words = ["apple", "Banana", "cherry", "date", "Elder"]
caps = [w for w in words if w[0].isupper()]
lengths = [len(w) for w in words if len(w) > 4]
print(caps, lengths)
print([c for c in "hello world" if c not in "aeiou "])
