class Temp:
    def __del__(self):
        print("Temp freed")

def func():
    t = Temp()
    print("in func")

func()
print("after func")
