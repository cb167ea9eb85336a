# checks: a text file keeps each ASCII str it writes (its pending writes, Modules/_io/textio.c) until it is flushed, read, seeked, told, truncated or closed, or 8192 bytes are pending; the OSError of open() holds the path object
import sys
def t(label, op):
    s = "x" * 5 + label
    with open("pend.txt", "w+") as f:
        f.write(s)
        a = sys.getrefcount(s)
        op(f)
        print(label, a, sys.getrefcount(s))
t("read", lambda f: f.read())
t("readline", lambda f: f.readline())
t("seek", lambda f: f.seek(0))
t("tell", lambda f: f.tell())
t("flush", lambda f: f.flush())
t("readlines", lambda f: f.readlines())
t("iter", lambda f: list(f))
t("write", lambda f: f.write("y"))
t("truncate", lambda f: f.truncate())
t("close", lambda f: f.close())
rows = ["ann,90\n", "bob,72\n"]
with open("rows.txt", "w") as out:
    out.writelines(rows)
    print("dee", 64, file=out)
    print(sys.getrefcount(rows[0]), sys.getrefcount(rows[1]))
print(sys.getrefcount(rows[0]))
s = "q" * 8000
with open("pend.txt", "w") as f:
    f.write(s); a = sys.getrefcount(s); f.write("z" * 191); b = sys.getrefcount(s); f.write("z"); print(a, b, sys.getrefcount(s))
with open("pend.txt", "w+") as f:
    f.write("hello world")
    f.seek(5)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()), f.truncate(2), f.tell())
name = "missing.txt"
try:
    open(name)
except FileNotFoundError as e:
    print(e.filename is name, sys.getrefcount(name))
print(sys.getrefcount(name))
