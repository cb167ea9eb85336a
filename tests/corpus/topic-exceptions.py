class Big:
    def __del__(self):
        print("Big freed")
def fail():
    big = Big()
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    saved = e
print("handler done")
del saved
print("end")
