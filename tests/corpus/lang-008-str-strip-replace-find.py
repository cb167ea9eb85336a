# checks: strip/lstrip/rstrip with chars, replace with count, find/rfind/index, startswith/endswith tuples
raw = "   hello world!!!   "
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print(raw.strip().rstrip("!"))
print("xxabcxx".strip("x"), "www.example.com".strip("cmow."))
s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print(s.find("at"), s.rfind("at"), s.find("dog"))
print(s.index("sat"), s.count("at"))
print(s.startswith("the"), s.endswith(("mat", "hat")), s.startswith("cat", 4))
files = ["main.py", "notes.txt", "util.py", "README.md"]
print([f for f in files if f.endswith(".py")])
print("banana".removeprefix("ban"), "banana".removesuffix("na"))
try:
    s.index("dog")
except ValueError as err:
    print("ValueError:", err)
