x = "global"

def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    inner()
    print("outer sees", x)

outer()
print("module sees", x)

def shadow():
    print(len("abc"))
    len = 5
try:
    shadow()
except UnboundLocalError as e:
    print(e)
