# checks: open() write mode returns char count, read() whole file, read(n), file closed after with, seek/readline
fname = "lang_094_notes.txt"
with open(fname, "w", encoding="utf-8") as f:
    print(f.write("hello\n"), f.write("second line\n"))
    f.write("ünïcode ✓\n")
print("closed?", f.closed)
with open(fname, encoding="utf-8") as f:
    content = f.read()
print(repr(content))
print(len(content), content.count("\n"))
with open(fname, "r", encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.read(4)))
    f.seek(0)
    print(repr(f.readline()), repr(f.readline()))
    print(repr(f.read()), repr(f.read()))
with open(fname, "w") as f:
    f.write("overwritten")
with open(fname, encoding="utf-8") as f:
    print(f.read())
print(f.mode, f.name)
