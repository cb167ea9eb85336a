class Big:
    def __del__(self):
        print("freed")
box = [Big()]
print("before")
box.clear()
print("after")
