class Thing:
    def __del__(self):
        print("Thing deleted")

t = Thing()
print("created")
del t
print("after del")
