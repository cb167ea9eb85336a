# checks: append mode 'a' adds to the end, 'w' truncates, 'x' mode on existing file raises FileExistsError, 'r+'
fname = "lang_096_log.txt"
with open(fname, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(fname, "a") as f:
        f.write(f"entry {i}\n")
with open(fname) as f:
    print(f.read(), end="")
try:
    with open(fname, "x") as f:
        f.write("nope")
except FileExistsError as e:
    print("FileExistsError:", e.strerror, "|", e.filename)
with open(fname, "r+") as f:
    first = f.readline()
    f.seek(0)
    f.write("START")
with open(fname) as f:
    print(repr(f.readline()), repr(first), sum(1 for _ in f))
with open(fname, "w") as f:
    pass
with open(fname) as f:
    print(repr(f.read()))
