class Big:
    def __del__(self):
        print("freed")
a = Big()
b = a
del a
print("after del a")
del b
print("after del b")
