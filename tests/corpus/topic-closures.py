class Big:
    def __del__(self):
        print("Big freed")
def make():
    data = Big()
    def show():
        return data
    return show
f = make()
print("make returned")
print(f.__closure__[0].cell_contents is f())
del f
print("end")
