a = "abc_123"
b = "abc" + "_123"
print(a is b)
c = "abc 123"
d = "abc " + "123"
print(c == d)
name = "x" * 3
print(name is "xxx")
