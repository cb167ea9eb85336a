x = 10
first = id(x)
x = 20
print(id(int("10")) == first)
