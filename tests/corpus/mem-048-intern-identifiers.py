# checks: identifier-like string literals are interned; runtime-built strings are not
a = "hello"
b = "hello"
print("literal is literal     :", a is b)
c = "".join(["hel", "lo"])
print("join result is literal :", c is a, c == a)
d = "hel" + "lo"
print("constant-folded concat :", d is a)
part = "hel"
e = part + "lo"
print("runtime concat         :", e is a)
f = "hello world!"
g = "hello world!"
print("same code object, non-identifier:", f is g)
h = "".join(["hello", " world!"])
print("runtime non-identifier :", h is f)
