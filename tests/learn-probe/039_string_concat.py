s = "a"
print(id(s) == id("a"))
t = s + "b"
print(t, t is "ab" if False else "skip")
words = []
for w in ["memory", "is", "fun"]:
    words.append(w)
sentence = " ".join(words)
print(sentence, len(sentence))
