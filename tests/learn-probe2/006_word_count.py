text = """the cat sat on the mat
the dog sat on the log"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{word:<5}{n}")
print(max(counts, key=counts.get))
