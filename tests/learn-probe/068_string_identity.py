a = "hello world"
b = "hello world"
print(a is b)
c = "hello_world"
d = "hello_" + "world"
print(c is d)
e = "hello_"
f = e + "world"
print(c is f, c == f)
