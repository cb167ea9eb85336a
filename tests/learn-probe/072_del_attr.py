class C:
    pass

c = C()
c.x = 5
c.y = 6
print(c.__dict__)
del c.x
print(c.__dict__)
try:
    print(c.x)
except AttributeError as e:
    print("AttributeError:", e)
