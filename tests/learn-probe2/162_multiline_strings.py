poem = """Roses are red,
  Violets are blue,
Python is neat."""
lines = poem.splitlines()
print(len(lines), [l.strip() for l in lines])
print(poem.count("\n"), poem.find("Python"), poem.upper().splitlines()[0])
raw = r"C:\new\table"
print(raw, len(raw), "C:\new\table".count("\n"))
print("Tab\tSeparated".split("\t"), "a\\b", 'It\'s', "say \"hi\"")
print("é".encode(), "日本".encode("utf-8"), b"abc".decode(), len("😀".encode("utf-8")))
print(ord("A"), [ord(c) for c in "Hi!"], "".join(chr(c) for c in [72, 105]))
