import sys
a = "hello"
b = "".join(["hel", "lo"])
print(a == b, a is b)
c = sys.intern(b)
print(c is a)
