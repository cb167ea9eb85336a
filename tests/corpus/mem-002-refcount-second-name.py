# checks: binding a second name increments the refcount, del of one name decrements it
import sys

data = [10, 20, 30]
print("one name   :", sys.getrefcount(data))
alias = data
print("two names  :", sys.getrefcount(data))
third = alias
print("three names:", sys.getrefcount(data))
print("same object:", data is alias is third)
del alias
print("after del alias:", sys.getrefcount(data))
third = None
print("after rebinding third:", sys.getrefcount(data))
