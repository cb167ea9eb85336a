saved = []

class Phoenix:
    def __del__(self):
        print("resurrecting")
        saved.append(self)

p = Phoenix()
del p
print("saved:", len(saved))
print(type(saved[0]).__name__)
