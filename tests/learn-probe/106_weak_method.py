import weakref

class Btn:
    def click(self):
        print("clicked")

b = Btn()
m = weakref.WeakMethod(b.click)
m()()
r = weakref.ref(b.click)
print(r())
del b
print(m())
