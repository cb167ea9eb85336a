import gc

class Leaky:
    def __del__(self):
        print("Leaky freed")

gc.disable()
x = Leaky()
x.me = x
del x
print("cycle created with gc disabled")
gc.collect()
print("after manual collect")
gc.enable()
