# Names are references: a list lives as long as something refers to it.
import sys

def show(obj):
    return sys.getrefcount(obj)

data = [1, 2, 3]
alias = data
print("two names:", sys.getrefcount(data))
del alias
print("one name :", sys.getrefcount(data))
print("inside a call:", show(data))
