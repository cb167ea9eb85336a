class Val:
    def __del__(self):
        print("old value freed")
x = 10
first = id(x)
x = 20
print(id(int("10")) == first)
x = Val()
x = 20
