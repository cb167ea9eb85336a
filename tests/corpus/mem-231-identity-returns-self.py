# checks: which operations hand back the very object (is): abs/int/__index__ of an exact int, float() of a float, '%s' % s, '{}'.format(s), a format without fields; and which make a new one
x = 1000
print(x + 0 is x, x * 1 is x, x - 0 is x, x // 1 is x, +x is x, abs(x) is x, int(x) is x, x.__index__() is x)
f = 1.5
print(f + 0 is f, float(f) is f, f * 1 is f, +f is f, abs(f) is f, round(f, 5) is f)
s = "hello"
print(s + "" is s, "" + s is s, s * 1 is s, s[0:] is s, s[:100] is s, str(s) is s, s.lower() is s, s.strip() is s, f"{s}" is s, "%s" % s is s, s.format() is s)
t = (1, 2)
print(t + () is t, () + t is t, t[:] is t, tuple(t) is t, t * 1 is t, t[0:2] is t)
b = b"ab"
print(b + b"" is b, b[:] is b, bytes(b) is b, b * 1 is b)
fs = frozenset([1])
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)
l = [1]
print(l[:] is l, list(l) is l, l.copy() is l, l * 1 is l)
print("%s" % s is s, "%s" % (s,) is s, "%s%s" % (s, "") is s, "%r" % s is s, "{}".format(s) is s, "x".format() is "x", "".format() is "")
t = "hi {}"
print("abc".format(1) is "abc", format(s) is s, format(s, "") is s, str.format(s) is s)
print(abs(-0) is 0, abs(5) is 5, abs(True), int(True) is True, int(True), float(1.0) is 1.0)
x = 10**20
print(abs(x) is x, int(x) is x, +x is x, -(-x) is x, x.__index__() is x)
class I(int): pass
i = I(7)
print(int(i) is i, abs(i) is i, type(int(i)).__name__, type(abs(i)).__name__, type(+i).__name__)
f = 2.5
print(float(f) is f, abs(f) is f, +f is f, type(float(f)).__name__)
