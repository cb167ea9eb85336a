text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at"), text.index("sat"), text.rfind("the"))
words = text.split()
print(words.index("on"), words.count("the"), "mat" in words, "ma" in words, "ma" in text)
positions = [i for i, w in enumerate(words) if w == "the"]
print(positions)
start = 0
found = []
while True:
    i = text.find("at", start)
    if i == -1:
        break
    found.append(i)
    start = i + 1
print(found)
print(text.replace("the", "a", 2), text.startswith(("a", "the")), text[4:7].upper())
