# checks: 3.14 interns identifier-like constants as mortal strings ("hello" counts its references) while startup strings like "name" are immortal; heapsnake refuses rather than guess
import sys
a = "hello"
b = "hel" + "lo"
print(a is b)
print(sys.getrefcount("name"))
print(sys.getrefcount(a))
